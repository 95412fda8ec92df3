package org.casemgmt.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in that {@link SignInThrottle} holds back, before the password is checked: 429 with
 * {@code Retry-After}, the same for any username. Placed before {@link UsernamePasswordAuthenticationFilter};
 * {@link SignInOutcomes} counts the attempts that go ahead.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN_PATH = "/login";

    private final SignInThrottle throttle;
    private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH);

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !signIn.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = throttle.refusal(username(request), request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // Rounded up: a client that waits as told must not be refused again.
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        long minutes = (seconds + 59) / 60;
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html><head><title>Too many failed sign-ins</title></head><body>"
                + "<p>Too many failed sign-ins for this username or from this address. Try again in " + minutes
                + (minutes == 1 ? " minute" : " minutes") + ".</p></body></html>");
    }

    private static String username(HttpServletRequest request) {
        return request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
    }
}
