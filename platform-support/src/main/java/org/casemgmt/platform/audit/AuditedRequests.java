package org.casemgmt.platform.audit;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.casemgmt.platform.security.RecordAgency;
import org.casemgmt.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Records every call of an {@link Audited} controller method on the {@link AuditTrail}, with the status it was
 * answered with, so controllers stay thin.
 *
 * <p>When a call that produces a body is recorded: just before the body is written (the status and
 * {@code Location} are known by then), for a success and for an error answered by an exception handler alike.
 * If the entry cannot be written, the body is not written either: the call is answered 503
 * {@code audit-unavailable} with {@code Retry-After}, so no data leaves without being on record (fail closed), and
 * the failure is logged and counted ({@code casemgmt.audit.failures}) for an alert. A call that ends without a body
 * is recorded when it completes; if that fails nothing was handed out, and the failure is logged and counted the
 * same way.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditedRequests implements HandlerInterceptor, ResponseBodyAdvice<Object> {

    private static final Logger log = LoggerFactory.getLogger(AuditedRequests.class);
    /** The pending audit of the request; removed once it was recorded (or failed), so it is recorded once. */
    private static final String PENDING = AuditedRequests.class.getName() + ".pending";

    private final AuditTrail trail;

    AuditedRequests(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(Audited.class)) {
            request.setAttribute(PENDING, method.getMethodAnnotation(Audited.class));
        }
        return true;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servlet && servlet.getServletRequest().getAttribute(PENDING) != null) {
            HttpServletRequest httpRequest = servlet.getServletRequest();
            int status = ((ServletServerHttpResponse) response).getServletResponse().getStatus();
            try {
                record(httpRequest, status, response.getHeaders().getLocation(), body);
            } catch (AuditUnavailableException e) {
                if (!(body instanceof ProblemDetail)) {
                    throw e; // answered by auditUnavailable below
                }
                // An error answer is written by an exception handler, and what a handler throws is handled by no
                // other (Spring logs "Failure in @ExceptionHandler" and the container answers a bare 500): so it
                // is answered here instead. Its body was a problem document too, so the chosen converter fits.
                response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
                response.getHeaders().set(HttpHeaders.RETRY_AFTER, Problems.OUTAGE_RETRY_AFTER_SECONDS);
                return AuditUnavailableException.problem(httpRequest.getRequestURI());
            }
        }
        return body;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (request.getAttribute(PENDING) == null) {
            return;
        }
        String location = response.getHeader(HttpHeaders.LOCATION);
        // an exception no handler answered still shows 200 here; the container turns it into a 500
        int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
        try {
            record(request, status, location == null ? null : URI.create(location), null);
        } catch (AuditUnavailableException e) {
            // Nothing was handed out (no body); the failure is logged and counted for the alert.
        }
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> auditUnavailable(AuditUnavailableException ex, HttpServletRequest request) {
        ProblemDetail problem = AuditUnavailableException.problem(request.getRequestURI());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Problems.OUTAGE_RETRY_AFTER_SECONDS).body(problem);
    }

    private void record(HttpServletRequest request, int status, URI location, Object body) {
        Audited audited = (Audited) request.getAttribute(PENDING);
        request.removeAttribute(PENDING);
        Map<String, String> pathVariables = pathVariables(request);
        String resourceId = audited.idParam().isEmpty() ? lastSegment(location)
                : valueOf(audited.idParam(), pathVariables, request);
        String caseId = !audited.caseIdParam().isEmpty() ? valueOf(audited.caseIdParam(), pathVariables, request)
                : !audited.caseIdProperty().isEmpty() ? property(body, audited.caseIdProperty()) : null;
        AuditRecord what = new AuditRecord(audited.resource(), resourceId, caseId, audited.action(),
                audited.operation().isEmpty() ? null : audited.operation(), request.getMethod(),
                request.getRequestURI(), filter(request, Set.of(audited.recordValuesOf())), status,
                RecordAgency.of(request));
        try {
            trail.record(what);
            AuditedAccess.remember(request, what);
        } catch (AuditUnavailableException e) {
            log.error("{} {} answered {} but is not on the audit trail", request.getMethod(), request.getRequestURI(),
                    status, e);
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    private static String valueOf(String name, Map<String, String> pathVariables, HttpServletRequest request) {
        String value = pathVariables.get(name);
        return value != null ? value : request.getParameter(name);
    }

    /** A record component or bean getter of the body; null when the body (an error, say) has none. */
    private static String property(Object body, String name) {
        if (body == null) {
            return null;
        }
        for (String accessor : List.of(name, "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1))) {
            try {
                // a controller's response record is usually package-private: its public accessor needs opening
                Method method = body.getClass().getMethod(accessor);
                ReflectionUtils.makeAccessible(method);
                Object value = method.invoke(body);
                return value == null ? null : value.toString();
            } catch (NoSuchMethodException e) {
                // try the other naming convention
            } catch (ReflectiveOperationException e) {
                log.warn("Could not read {} of a {} for the audit entry; it is recorded without its case", name,
                        body.getClass().getSimpleName(), e);
                return null;
            }
        }
        return null;
    }

    private static String lastSegment(URI location) {
        if (location == null || location.getPath() == null) {
            return null;
        }
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Parameters by name, sorted; values only for those declared free of personal data. */
    static String filter(HttpServletRequest request, Set<String> recordValuesOf) {
        Map<String, String[]> given = new TreeMap<>(request.getParameterMap());
        if (given.isEmpty()) {
            return null;
        }
        return given.entrySet().stream()
                .map(parameter -> recordValuesOf.contains(parameter.getKey())
                        ? parameter.getKey() + "=" + String.join(",", Arrays.asList(parameter.getValue()))
                        : parameter.getKey())
                .collect(Collectors.joining("&"));
    }
}
