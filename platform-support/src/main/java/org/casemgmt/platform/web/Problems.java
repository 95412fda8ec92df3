package org.casemgmt.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.casemgmt.platform.observability.Correlation;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/** Builds the platform's RFC 9457 problem documents: {@code urn:casemgmt:problem:<slug>} types, instance, correlation id. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:casemgmt:problem:";
    /**
     * The {@code Retry-After} of a 503 for something the service needs that is away for now (its store, its audit
     * trail, the token issuer): long enough for a restarted component to be back, short enough not to hold a client.
     */
    public static final String OUTAGE_RETRY_AFTER_SECONDS = "5";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(title);
        return withContext(problem, path);
    }

    /** The problem as the JSON members RFC 9457 names, extension members last; for code that writes it by hand. */
    public static Map<String, Object> asJsonMembers(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }

    /** Writes the problem as the response, for filters that answer before any controller is reached. */
    public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(asJsonMembers(problem)));
    }

    /** Adds what every problem carries: the request path as {@code instance}, and the correlation id. */
    static ProblemDetail withContext(ProblemDetail problem, String path) {
        if (problem.getInstance() == null && path != null) {
            problem.setInstance(URI.create(path));
        }
        String correlationId = MDC.get(Correlation.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }
}
