package org.casemgmt.platform.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casemgmt.platform.audit.Audited;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Adds to every operation what the platform answers besides what its controller does, so that a controller's
 * annotations say only what is its own (its success, and its 403, 404 and 409 with their reasons):
 * <ul>
 *   <li>401 everywhere: every operation needs a token;</li>
 *   <li>400 everywhere: besides an invalid body or parameter, every operation refuses a query parameter it does not
 *       take;</li>
 *   <li>on a POST, the {@code Idempotency-Key} header ({@code IdempotencyKeyFilter}): {@code Idempotent-Replayed}
 *       on its success, 409 {@code idempotent-request-in-progress} (with {@code Retry-After}),
 *       {@code idempotent-request-outcome-unknown} and {@code idempotent-request-taken-over}, 410 for a replay of an
 *       erased client's data, 422 for a key reused with another body;</li>
 *   <li>409 {@code stale-version} on a change of a resource named in the path: a versioned write refused because
 *       someone changed the resource first;</li>
 *   <li>503 everywhere, with {@code Retry-After}: {@code store-unavailable} and {@code token-issuer-unavailable}
 *       (the service's store or the token issuer cannot be reached), and {@code audit-unavailable} on an
 *       {@link Audited} operation;</li>
 *   <li>{@code Location} on a 201;</li>
 *   <li>every error answer a problem document: {@code application/problem+json}, the {@code ProblemDetail} schema
 *       and an example, whatever springdoc guessed from the method's return type.</li>
 * </ul>
 */
final class StandardResponses implements OperationCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Map<String, String> EXAMPLE_OF_STATUS = Map.of(
            "400", "ValidationFailed", "403", "RoleNotPermitted", "404", "NotFound", "409", "RuleViolation");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses();
        preferTheMethodsOwnDescriptions(responses, handler);
        boolean post = isPost(handler);
        responses.forEach((status, response) -> {
            if (isError(status) && response.get$ref() == null) {
                asProblem(status, response);
            }
        });
        conflicts(responses, post, changesNamedResource(handler, post));
        responses.putIfAbsent("400", reference("BadRequest"));
        responses.putIfAbsent("401", reference("Unauthorized"));
        responses.putIfAbsent("503", reference(AnnotatedElementUtils.hasAnnotation(handler.getMethod(), Audited.class)
                ? "AuditUnavailable" : "Unavailable"));
        if (responses.get("201") != null) {
            responses.get("201").addHeaderObject("Location", new Header().$ref("#/components/headers/Location"));
        }
        if (post) {
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/IdempotencyKey"));
            responses.forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject("Idempotent-Replayed",
                            new Header().$ref("#/components/headers/IdempotentReplayed"));
                }
            });
            responses.putIfAbsent("410", reference("Gone"));
            responses.putIfAbsent("422", reference("UnprocessableContent"));
        }
        operation.setResponses(sorted(responses));
        return operation;
    }

    /**
     * springdoc lets a controller-wide {@code @ApiResponse} replace a method's own for the same status (e.g. a
     * controller's 403 for lacking roles, a method's for a four-eyes rule); the method's is the more specific.
     */
    private static void preferTheMethodsOwnDescriptions(ApiResponses responses, HandlerMethod handler) {
        for (var own : AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
                io.swagger.v3.oas.annotations.responses.ApiResponse.class)) {
            ApiResponse response = responses.get(own.responseCode());
            if (response != null && response.get$ref() == null && !own.description().isBlank()) {
                response.setDescription(own.description());
            }
        }
    }

    /**
     * One 409 with every reason it can have here: the controller's own (its rules), a stale version, the
     * {@code Idempotency-Key}'s first request still in flight, of unknown outcome, or taken over.
     */
    private static void conflicts(ApiResponses responses, boolean post, boolean staleVersion) {
        List<String> reasons = new ArrayList<>();
        Map<String, Example> examples = new LinkedHashMap<>();
        ApiResponse own = responses.get("409");
        if (own != null) {
            reasons.add(own.getDescription());
            examples.putAll(problemContent(own).getExamples());
        }
        if (staleVersion) {
            reasons.add("`stale-version`: someone changed the resource since you read it (or at the same moment); "
                    + "read it again and retry.");
            examples.put("stale-version", new Example().$ref("#/components/examples/StaleVersion"));
        }
        if (post) {
            reasons.add("`idempotent-request-in-progress`: a request with this `Idempotency-Key` is still running; "
                    + "retry once it has finished to get its response.");
            examples.put("idempotent-request-in-progress",
                    new Example().$ref("#/components/examples/IdempotentRequestInProgress"));
            reasons.add("`idempotent-request-outcome-unknown`: the first request with this `Idempotency-Key` ended "
                    + "(or its server died) after it began changing data, so it may have been applied; look the "
                    + "resource up, or send the request with a new key if it was not.");
            examples.put("idempotent-request-outcome-unknown",
                    new Example().$ref("#/components/examples/IdempotentRequestOutcomeUnknown"));
            reasons.add("`idempotent-request-taken-over`: this request took so long that a retry with its "
                    + "`Idempotency-Key` took over before it changed anything; retry with the same key to get the "
                    + "retry's response.");
            examples.put("idempotent-request-taken-over",
                    new Example().$ref("#/components/examples/IdempotentRequestTakenOver"));
        }
        if (!reasons.isEmpty()) {
            String description = reasons.size() == 1 ? reasons.getFirst()
                    : "One of:\n\n- " + String.join("\n- ", reasons);
            ApiResponse conflict = new ApiResponse().description(description).content(problem(examples));
            if (post) {
                conflict.addHeaderObject("Retry-After", new Header().$ref("#/components/headers/RetryAfter"));
            }
            responses.put("409", conflict);
        }
    }

    /** The error answer as a problem document, keeping the examples its annotation gave, if any. */
    private static void asProblem(String status, ApiResponse response) {
        Map<String, Example> examples = problemContent(response).getExamples();
        if (examples == null || examples.isEmpty()) {
            String example = EXAMPLE_OF_STATUS.get(status);
            examples = example == null ? Map.of()
                    : Map.of(kebab(example), new Example().$ref("#/components/examples/" + example));
        }
        response.setContent(problem(examples));
    }

    private static MediaType problemContent(ApiResponse response) {
        MediaType declared = response.getContent() == null ? null : response.getContent().get(PROBLEM_JSON);
        if (declared == null) {
            declared = new MediaType();
        }
        if (declared.getExamples() == null) {
            declared.setExamples(new LinkedHashMap<>());
        }
        return declared;
    }

    private static Content problem(Map<String, Example> examples) {
        MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"));
        if (!examples.isEmpty()) {
            problem.setExamples(new LinkedHashMap<>(examples));
        }
        return new Content().addMediaType(PROBLEM_JSON, problem);
    }

    /**
     * A versioned write to an existing resource: not a read, and the resource is named in the path (a new top-level
     * resource cannot be stale).
     */
    private static boolean changesNamedResource(HandlerMethod handler, boolean post) {
        RequestMethod[] methods = mapping(handler).method();
        boolean write = post || Arrays.stream(methods).anyMatch(m -> m == RequestMethod.PUT
                || m == RequestMethod.PATCH || m == RequestMethod.DELETE);
        boolean namedInPath = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
        return write && namedInPath;
    }

    private static boolean isPost(HandlerMethod handler) {
        return Arrays.asList(mapping(handler).method()).contains(RequestMethod.POST);
    }

    private static RequestMapping mapping(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null) {
            throw new IllegalStateException(handler + " is an operation without a request mapping");
        }
        return mapping;
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    /** Success first, then the errors by status, as a reader looks for them. */
    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        responses.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private static ApiResponse reference(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
