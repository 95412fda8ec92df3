package org.casemgmt.gateway.security;

import org.casemgmt.tokens.TokenRefusals;
import org.casemgmt.gateway.problem.ProblemDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns a request away when it has no valid access token: the 401 problem document, as the services answer, with the
 * {@code WWW-Authenticate} challenge OAuth2 clients read (RFC 6750). When the token could not be checked at all
 * because the issuer's keys could not be fetched, the caller is not at fault: that is a 503. Raised as errors rather
 * than written here, so the gateway's problem handler renders them like every other error. The wording is the
 * gateway's own ({@link TokenRefusals#explain}): the validator's messages speak of key ids, JOSE internals and the
 * issuer's address.
 */
final class TokenProblems implements ServerAuthenticationEntryPoint, ServerAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(TokenProblems.class);

    private static final String NO_TOKEN = "This request needs an access token: send it as 'Authorization: Bearer <token>'.";

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException refusal) {
        return Mono.error(unauthenticated(exchange, refusal));
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange webFilterExchange, AuthenticationException failure) {
        ServerWebExchange exchange = webFilterExchange.getExchange();
        if (failure instanceof AuthenticationServiceException) {
            log.warn("Could not check an access token: {}", failure.toString());
            ProblemDetail problem = ProblemDocuments.problem(HttpStatus.SERVICE_UNAVAILABLE,
                    "authorization-server-unavailable", "Authorisation server unavailable",
                    "The gateway could not check the access token, because the authorisation server's keys could not"
                            + " be fetched. Try again later.", exchange);
            return Mono.error(new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, failure));
        }
        return commence(exchange, failure);
    }

    private static ErrorResponseException unauthenticated(ServerWebExchange exchange, AuthenticationException refusal) {
        // Only a presented token is refused with an OAuth2 error; without one there is nothing to explain (RFC 6750 3.1).
        boolean tokenPresented = refusal instanceof OAuth2AuthenticationException;
        String detail = tokenPresented ? TokenRefusals.explain(refusal) : NO_TOKEN;
        ProblemDetail problem = ProblemDocuments.problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Authentication required", detail, exchange);
        ErrorResponseException error = new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
        error.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, tokenPresented
                ? "Bearer error=\"" + ((OAuth2AuthenticationException) refusal).getError().getErrorCode()
                        + "\", error_description=\"" + detail + "\""
                : "Bearer");
        return error;
    }
}
