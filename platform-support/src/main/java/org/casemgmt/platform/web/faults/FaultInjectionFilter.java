package org.casemgmt.platform.web.faults;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.casemgmt.platform.web.Problems;
import org.casemgmt.platform.web.faults.InjectedFault.InvalidFaultException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes this instance fail or slow down on purpose, for tests of what the callers do about it (the gateway's
 * circuit breakers). {@code GET /fault-injection} tells the {@link InjectedFault} in force, {@code PUT} sets it; it
 * then applies to every request under {@code /api/}, while health, the OpenAPI document and the switch itself
 * answer as usual. It runs ahead of Spring Security, so the switch needs no token and a failing stage refuses
 * before checking one, as a stage that is down would; it exists only when a test turned it on
 * ({@code casemgmt.fault-injection.enabled}). The fault is this instance's alone and lasts until changed or the
 * instance stops.
 */
class FaultInjectionFilter extends OncePerRequestFilter implements Ordered {

    static final String SWITCH_PATH = "/fault-injection";
    private static final String API_PREFIX = "/api/";
    private static final Logger log = LoggerFactory.getLogger(FaultInjectionFilter.class);

    private final AtomicReference<InjectedFault> fault = new AtomicReference<>(InjectedFault.NONE);
    private final JsonMapper json;

    FaultInjectionFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SWITCH_PATH.equals(path)) {
            answerSwitch(request, response);
            return;
        }
        InjectedFault current = fault.get();
        if (path.startsWith(API_PREFIX) && current.mode() == InjectedFault.Mode.FAIL) {
            Problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "fault-injected",
                    "Injected fault", "This instance was told to fail every request under " + API_PREFIX
                            + " (fault injection, a test switch).", request.getRequestURI()), json);
            return;
        }
        if (path.startsWith(API_PREFIX) && current.mode() == InjectedFault.Mode.SLOW) {
            pause(current.delayMillis());
        }
        chain.doFilter(request, response);
    }

    private void answerSwitch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getMethod()) {
            case "GET" -> writeState(response, fault.get());
            case "PUT" -> {
                InjectedFault wanted;
                try {
                    wanted = InjectedFault.from(json.readValue(request.getInputStream(), Map.class));
                } catch (InvalidFaultException | JacksonException invalid) {
                    String detail = invalid instanceof InvalidFaultException ? invalid.getMessage()
                            : "The body must be a JSON object such as {\"mode\":\"SLOW\",\"delayMillis\":8000}.";
                    Problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, "invalid-fault-setting",
                            "Invalid fault setting", detail, request.getRequestURI()), json);
                    return;
                }
                InjectedFault before = fault.getAndSet(wanted);
                if (!before.equals(wanted)) {
                    log.warn("fault injection: requests under {} now {}, were {}", API_PREFIX, wanted, before);
                }
                writeState(response, wanted);
            }
            default -> {
                response.setHeader(HttpHeaders.ALLOW, "GET, PUT");
                Problems.write(response, Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                        "Method not allowed", SWITCH_PATH + " answers GET and PUT only.", request.getRequestURI()),
                        json);
            }
        }
    }

    private void writeState(HttpServletResponse response, InjectedFault state) throws IOException {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(state.asJsonMembers()));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stopping) {
            // The server is shutting down: let the request finish rather than hold it.
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int getOrder() {
        // After the correlation id (HIGHEST_PRECEDENCE + 10), so an injected failure carries it; before security (-100).
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
