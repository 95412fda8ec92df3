package org.casemgmt.platform.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.info.BuildProperties;

import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * What every service's OpenAPI document says the same way: which service and build it describes, the bearer token
 * every operation needs, and the shared components ({@code platform-components.yaml}: the problem document, the
 * standard error answers, the {@code Idempotency-Key} header). Also the two open endpoints a client of any service
 * uses without a token: health, and the RFC 9728 metadata that says where to get one.
 */
final class PlatformOpenApi implements OpenApiCustomizer {

    static final String BEARER = "bearerAuth";
    private static final String PLATFORM_TAG = "Platform";
    private static final String CONVENTIONS = """
            Every operation needs a bearer access token (`Authorization: Bearer <token>`) and reaches only the \
            records of the token's agency; only the protected-resource metadata and this document answer without \
            one. Health and metrics are on the service's management port, not part of this API. Every error is an RFC 9457 problem document (`application/problem+json`) whose `type` \
            (`urn:casemgmt:problem:<slug>`) is stable and whose `correlationId` identifies the request. A POST may \
            carry an `Idempotency-Key` so that it is safe to retry. A change sends the `version` it read; a stale \
            one is refused with 409 `stale-version`.""";

    private final String applicationName;
    private final BuildProperties build;
    private final Components shared = sharedComponents();

    /** @param build null when the service was not built with its build information (e.g. run from an IDE) */
    PlatformOpenApi(String applicationName, BuildProperties build) {
        this.applicationName = applicationName;
        this.build = build;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title(applicationName)
                .version(build == null ? "unversioned" : build.getVersion())
                .description(description()));
        merge(openApi.getComponents() == null ? openApi.components(new Components()).getComponents()
                : openApi.getComponents());
        openApi.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        openApi.path("/.well-known/oauth-protected-resource", openGet("protectedResourceMetadata",
                "Where to get an access token for this service (RFC 9728)",
                "The authorisation server that issues the tokens this service accepts."));
        openApi.addTagsItem(new Tag().name(PLATFORM_TAG)
                .description("What every service answers without a token"));
        describeVersions(openApi.getComponents().getSchemas());
    }

    private String description() {
        String own = build == null ? null : build.get("description");
        return own == null ? CONVENTIONS : own.strip().replaceAll("\\s+", " ") + "\n\n" + CONVENTIONS;
    }

    private void merge(Components components) {
        mergeInto(components::getSecuritySchemes, components::setSecuritySchemes, shared.getSecuritySchemes());
        mergeInto(components::getSchemas, components::setSchemas, shared.getSchemas());
        mergeInto(components::getParameters, components::setParameters, shared.getParameters());
        mergeInto(components::getHeaders, components::setHeaders, shared.getHeaders());
        mergeInto(components::getExamples, components::setExamples, shared.getExamples());
        mergeInto(components::getResponses, components::setResponses, shared.getResponses());
    }

    private static <T> void mergeInto(Supplier<Map<String, T>> current, Consumer<Map<String, T>> set,
                                      Map<String, T> ours) {
        Map<String, T> merged = current.get() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current.get());
        merged.putAll(ours);
        set.accept(merged);
    }

    /** The optimistic-concurrency {@code version} means the same in every schema: say so once, here. */
    @SuppressWarnings("rawtypes")
    private static void describeVersions(Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        for (Schema<?> schema : schemas.values()) {
            Schema<?> version = schema.getProperties() == null ? null : schema.getProperties().get("version");
            if (version != null && version.get$ref() == null && version.getDescription() == null) {
                version.setDescription("The resource's version, raised by every change. Send the version you read "
                        + "with a change: if someone changed the resource since, the change is refused with 409 "
                        + "`stale-version`.");
            }
        }
    }

    private static PathItem openGet(String operationId, String summary, String description) {
        Content json = new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().types(Set.of("object")).description(description)));
        ApiResponses responses = new ApiResponses().addApiResponse("200",
                new ApiResponse().description(summary).content(json));
        return new PathItem().get(new Operation().operationId(operationId).summary(summary).description(description)
                .addTagsItem(PLATFORM_TAG).security(List.of()).responses(responses));
    }

    private static Components sharedComponents() {
        try (InputStream yaml = PlatformOpenApi.class.getResourceAsStream("platform-components.yaml")) {
            return Yaml31.mapper().readValue(yaml, Components.class);
        } catch (IOException e) {
            throw new UncheckedIOException("platform-components.yaml is part of this jar", e);
        }
    }
}
