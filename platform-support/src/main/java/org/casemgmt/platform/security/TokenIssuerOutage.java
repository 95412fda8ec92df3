package org.casemgmt.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.casemgmt.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.web.filter.OncePerRequestFilter;

import com.nimbusds.jose.RemoteKeySourceException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 503 {@code token-issuer-unavailable} when a bearer token cannot be checked because the token issuer's
 * keys cannot be fetched: its metadata, which the issuer-configured decoder resolves on the first token
 * ({@code JwtDecoderInitializationException}), or its key set, fetched again for a key id not seen yet
 * ({@code RemoteKeySourceException}). Spring Security lets both escape its filter chain (the second as the
 * {@code AuthenticationServiceException} it rethrows on purpose), which the container answered with a bare 500; and
 * the token may be perfectly good, so it is no 401 either. Nothing of the failure is kept: the decoder resolves
 * again on the next token ({@code SupplierJwtDecoder} keeps only a success), so answers recover with the issuer.
 */
final class TokenIssuerOutage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(TokenIssuerOutage.class);

    private final JsonMapper json;

    TokenIssuerOutage(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!issuerUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            // An outage, not a bug: one line per refused request, no stack trace.
            log.warn("Could not check the access token of {} {}: the token issuer cannot be reached ({})",
                    request.getMethod(), request.getRequestURI(), rootMessage(e));
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, Problems.OUTAGE_RETRY_AFTER_SECONDS);
            Problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "token-issuer-unavailable",
                    "Sign-in service unavailable", "This service cannot check access tokens just now because the "
                            + "token issuer cannot be reached. Retry shortly; quote the correlation id if it persists.",
                    request.getRequestURI()), json);
        }
    }

    static boolean issuerUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtDecoderInitializationException || cause instanceof RemoteKeySourceException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
