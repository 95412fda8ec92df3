package org.casemgmt.auth;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a client may send the browser after signing the user out: one of its registered post-logout redirect URIs,
 * and on the loopback address on any port, as the authorization endpoint takes redirect URIs there (RFC 8252). The web
 * console names the address the browser used, the gateway's, which a test or a second platform on this host runs on a
 * free port; the authorization server's own check wants the URI exactly as registered, port included.
 */
final class LoopbackPostLogoutRedirects implements Consumer<OidcLogoutAuthenticationContext> {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "[::1]", "[0:0:0:0:0:0:0:1]");

    /** For the logout endpoint's providers, in place of the authorization server's own check. */
    static void applyTo(List<AuthenticationProvider> logoutProviders) {
        logoutProviders.stream().filter(OidcLogoutAuthenticationProvider.class::isInstance)
                .map(OidcLogoutAuthenticationProvider.class::cast)
                .forEach(provider -> provider.setAuthenticationValidator(new LoopbackPostLogoutRedirects()));
    }

    @Override
    public void accept(OidcLogoutAuthenticationContext context) {
        OidcLogoutAuthenticationToken logout = context.getAuthentication();
        String requested = logout.getPostLogoutRedirectUri();
        if (StringUtils.hasText(requested) && !allowed(context.getRegisteredClient(), requested)) {
            // The words of the authorization server's own check.
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
                    "OpenID Connect 1.0 Logout Request Parameter: post_logout_redirect_uri",
                    "https://openid.net/specs/openid-connect-rpinitiated-1_0.html#ValidationAndErrorHandling"));
        }
    }

    static boolean allowed(RegisteredClient client, String requested) {
        if (client.getPostLogoutRedirectUris().contains(requested)) {
            return true;
        }
        UriComponents uri = UriComponentsBuilder.fromUriString(requested).build();
        return LOOPBACK_HOSTS.contains(uri.getHost()) && client.getPostLogoutRedirectUris().stream()
                .anyMatch(registered -> UriComponentsBuilder.fromUriString(registered).port(uri.getPort()).build()
                        .toUriString().equals(requested));
    }
}
