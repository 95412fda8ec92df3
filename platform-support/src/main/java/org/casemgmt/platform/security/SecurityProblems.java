package org.casemgmt.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.casemgmt.platform.web.Problems;
import org.casemgmt.tokens.TokenRefusals;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a refused token with the platform's problem document, keeping the {@code WWW-Authenticate} header that
 * OAuth2 clients read to learn why (RFC 6750): the bearer-token handlers write status and header, this the body.
 * Both say why in the platform's words ({@link TokenRefusals}), never the JWT library's.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler denial = new BearerTokenAccessDeniedHandler();
    private final JsonMapper json;

    SecurityProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        String detail;
        if (refusal instanceof OAuth2AuthenticationException) {
            detail = TokenRefusals.explain(refusal);
            challenge.commence(request, response, new InvalidBearerTokenException(detail));
        } else {
            detail = "This endpoint needs an access token: send it as 'Authorization: Bearer <token>'.";
            challenge.commence(request, response, refusal);
        }
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                detail, request.getRequestURI()), json);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException {
        denial.handle(request, response, refusal);
        Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "not-permitted", "Not permitted",
                "Your roles do not allow this.", request.getRequestURI()), json);
    }
}
