package org.casemgmt.partner.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.casemgmt.platform.audit.AuditAction;
import org.casemgmt.platform.audit.Audited;
import org.casemgmt.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/partners/webhooks")
@Tag(name = "Webhooks", description = "A partner agency's feed delivered to its HTTPS endpoint, signed in the style "
        + "of Standard Webhooks, retried for more than a day, with dead letters, redelivery and replay")
@ApiResponse(responseCode = "403", description = "Only the partner agency's administrator or its own system "
        + "(client credentials) manages its webhooks (`role-not-permitted`)")
class WebhookController {

    private final Webhooks webhooks;
    private final FeedReplays replays;

    WebhookController(Webhooks webhooks, FeedReplays replays) {
        this.webhooks = webhooks;
        this.replays = replays;
    }

    record RegistrationForm(@NotBlank @Size(max = 2000) String url,
                            @NotEmpty @Size(max = 100) Set<@NotBlank @Size(max = 200) String> eventTypes) {
    }

    record RegistrationView(String id, String url, Set<String> eventTypes, WebhookRegistration.Status status,
                            String createdBy, Instant createdAt, Long version,
                            @Schema(description = "The signing secret, shown once: in the answer to the "
                                    + "registration, never again") String secret) {
        static RegistrationView of(WebhookRegistration registration) {
            return new RegistrationView(registration.getId(), registration.getUrl(), registration.getEventTypes(),
                    registration.getStatus(), registration.getCreatedBy(), registration.getCreatedAt(),
                    registration.getVersion(), null);
        }

        static RegistrationView withSecret(WebhookRegistration registration) {
            RegistrationView view = of(registration);
            return new RegistrationView(view.id, view.url, view.eventTypes, view.status, view.createdBy,
                    view.createdAt, view.version, registration.getSecret());
        }
    }

    record DeliveryView(String id, String eventId, String eventType, String subject, DeliveryStatus status,
                        int attempts, Integer lastResponseCode, String lastError, Instant lastAttemptAt,
                        Instant nextAttemptAt, Instant deliveredAt, Instant createdAt, String replayId) {
        static DeliveryView of(WebhookDelivery delivery) {
            CloudEventRequest request = delivery.getRequest();
            return new DeliveryView(delivery.getId(), request.eventId(), request.eventType(), request.subject(),
                    delivery.getStatus(), delivery.getAttempts(), delivery.getLastResponseCode(),
                    delivery.getLastError(), delivery.getLastAttemptAt(), delivery.nextAttemptAt(),
                    delivery.getDeliveredAt(), delivery.getCreatedAt(), delivery.getReplayId());
        }
    }

    record ReplayForm(@NotNull Instant from) {
    }

    @PostMapping
    @Audited(resource = "webhook", action = AuditAction.CREATE)
    @Operation(operationId = "registerWebhook", summary = "Register a webhook",
            description = "An HTTPS endpoint (no user information; its host must resolve to public addresses only) "
                    + "and the event types it wants: CloudEvents types (`org.casemgmt.case.opened.v1`), topics (`case.opened`, "
                    + "any version) or `*` for all of the partner's feed, `consent.ended` included. The answer holds "
                    + "the signing secret (`whsec_...`), shown this once.")
    @ApiResponse(responseCode = "201", description = "Registered; the answer holds the secret")
    @ApiResponse(responseCode = "400", description = "The URL is refused (`unsafe-webhook-url`, naming the `reason`: "
            + "`not-https`, `userinfo-in-url`, `loopback-address`, `private-address`, `link-local-address`, "
            + "`unspecified-address`, `multicast-address`, `unresolvable-host`, `invalid-url`) or the form invalid",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<RegistrationView> register(@Valid @RequestBody RegistrationForm form) {
        WebhookRegistration registration = webhooks.register(form.url(), form.eventTypes());
        return ResponseEntity.created(URI.create("/api/partners/webhooks/" + registration.getId()))
                .body(RegistrationView.withSecret(registration));
    }

    @GetMapping
    @Audited(resource = "webhooks", action = AuditAction.READ)
    @Operation(operationId = "listWebhooks", summary = "The agency's webhooks")
    @ApiResponse(responseCode = "200", description = "The registrations, without their secrets")
    List<RegistrationView> list() {
        return webhooks.list().stream().map(RegistrationView::of).toList();
    }

    @GetMapping("/{webhookId}")
    @Audited(resource = "webhook", action = AuditAction.READ, idParam = "webhookId")
    @Operation(operationId = "getWebhook", summary = "A webhook")
    @ApiResponse(responseCode = "200", description = "The registration, without its secret")
    @ApiResponse(responseCode = "404", description = "No webhook with this id in the caller's agency")
    RegistrationView get(@PathVariable String webhookId) {
        return RegistrationView.of(webhooks.get(webhookId));
    }

    @PostMapping("/{webhookId}/disabling")
    @Audited(resource = "webhook", action = AuditAction.UPDATE, operation = "disable", idParam = "webhookId")
    @Operation(operationId = "disableWebhook", summary = "Disable a webhook",
            description = "No new deliveries; the pending ones are dead-lettered at their next attempt, to be "
                    + "redelivered once it is enabled again.")
    @ApiResponse(responseCode = "200", description = "The disabled registration")
    @ApiResponse(responseCode = "404", description = "No webhook with this id in the caller's agency")
    RegistrationView disable(@PathVariable String webhookId) {
        return RegistrationView.of(webhooks.disable(webhookId));
    }

    @PostMapping("/{webhookId}/enabling")
    @Audited(resource = "webhook", action = AuditAction.UPDATE, operation = "enable", idParam = "webhookId")
    @Operation(operationId = "enableWebhook", summary = "Enable a disabled webhook again",
            description = "Its URL is checked again. Deliveries are made for the feed's records from now on.")
    @ApiResponse(responseCode = "200", description = "The enabled registration")
    @ApiResponse(responseCode = "400", description = "The URL is refused now (`unsafe-webhook-url`)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No webhook with this id in the caller's agency")
    RegistrationView enable(@PathVariable String webhookId) {
        return RegistrationView.of(webhooks.enable(webhookId));
    }

    @DeleteMapping("/{webhookId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Audited(resource = "webhook", action = AuditAction.DELETE, idParam = "webhookId")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its deliveries")
    @ApiResponse(responseCode = "204", description = "Deleted; nothing more is sent to it")
    @ApiResponse(responseCode = "404", description = "No webhook with this id in the caller's agency")
    void delete(@PathVariable String webhookId) {
        webhooks.delete(webhookId);
    }

    @GetMapping("/{webhookId}/deliveries")
    @Audited(resource = "webhook-deliveries", action = AuditAction.READ, idParam = "webhookId",
            recordValuesOf = "status")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's latest deliveries, newest first",
            description = "At most 100; filter by `status` (PENDING, DELIVERED, DEAD_LETTERED) to find failures.")
    @ApiResponse(responseCode = "200", description = "Each delivery's status, attempts, last answer or error and "
            + "next attempt")
    @ApiResponse(responseCode = "404", description = "No webhook with this id in the caller's agency")
    List<DeliveryView> deliveries(@PathVariable String webhookId,
                                  @RequestParam(required = false) DeliveryStatus status) {
        return webhooks.deliveries(webhookId, status).stream().map(DeliveryView::of).toList();
    }

    @PostMapping("/{webhookId}/deliveries/{deliveryId}/redelivery")
    @Audited(resource = "webhook-delivery", action = AuditAction.UPDATE, operation = "redeliver",
            idParam = "deliveryId")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a dead-lettered delivery again",
            description = "Due at once, then retried on the schedule from its start.")
    @ApiResponse(responseCode = "200", description = "The delivery, pending again")
    @ApiResponse(responseCode = "404", description = "No such webhook in the caller's agency, or no such delivery "
            + "of it")
    @ApiResponse(responseCode = "409", description = "The delivery is not dead-lettered "
            + "(`delivery-not-dead-lettered`)")
    DeliveryView redeliver(@PathVariable String webhookId, @PathVariable String deliveryId) {
        return DeliveryView.of(webhooks.redeliver(webhookId, deliveryId));
    }

    @PostMapping("/{webhookId}/replays")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Audited(resource = "webhook", action = AuditAction.UPDATE, operation = "replay", idParam = "webhookId")
    @Operation(operationId = "replayWebhook", summary = "Deliver the feed again from a moment",
            description = "Reads the agency's feed from `from` up to its end now, and makes a new delivery (marked "
                    + "with the replay's id) of each record the webhook wants, also those delivered before.")
    @ApiResponse(responseCode = "202", description = "The deliveries are made and will be sent")
    @ApiResponse(responseCode = "404", description = "No webhook with this id in the caller's agency")
    FeedReplays.Replay replay(@PathVariable String webhookId, @Valid @RequestBody ReplayForm form) {
        return replays.replay(webhookId, form.from());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsafeUrl(UnsafeEndpointException refused, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unsafe-webhook-url", "Webhook URL refused",
                refused.getMessage(), ((ServletWebRequest) request).getRequest().getRequestURI());
        problem.setProperty("reason", refused.reason());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
