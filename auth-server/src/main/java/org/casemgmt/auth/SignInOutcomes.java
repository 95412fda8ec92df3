package org.casemgmt.auth;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Counts the sign-in form's outcomes for {@link SignInThrottle}, from the events Spring Security publishes for every
 * password check: a wrong password and an unknown username are the same failure. Other authentications (a partner
 * system's client secret, a bearer token) are not the form's and are left alone.
 */
final class SignInOutcomes {

    private final SignInThrottle throttle;

    SignInOutcomes(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt
                && attempt.getDetails() instanceof WebAuthenticationDetails request) {
            throttle.failed(attempt.getName(), request.getRemoteAddress());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
            throttle.succeeded(signedIn.getName());
        }
    }
}
