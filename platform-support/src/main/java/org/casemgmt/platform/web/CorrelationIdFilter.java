package org.casemgmt.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.casemgmt.platform.observability.Correlation;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes {@code X-Correlation-Id} from the request (the gateway sets it) or makes one, puts it in the logging
 * MDC for the request's duration (log lines and recorded events carry it) and echoes it on the response.
 * A value that is not a plain token is replaced rather than trusted into logs and headers.
 */
class CorrelationIdFilter extends OncePerRequestFilter implements Ordered {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(Correlation.HTTP_HEADER);
        String correlationId = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        MDC.put(Correlation.MDC_KEY, correlationId);
        response.setHeader(Correlation.HTTP_HEADER, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(Correlation.MDC_KEY);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
