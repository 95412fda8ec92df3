package org.casemgmt.console.signin;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in is the platform's OAuth2 authorization code flow with PKCE, the console being the backend for the browser:
 * it exchanges the code, keeps the tokens in the user's server-side session and calls the API with them. The browser
 * holds a session cookie (HttpOnly, SameSite=Lax) and never a token. Forms carry a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    /** Only the console's own files: no inline script or style, nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self' %s; frame-ancestors 'none'; "
            + "base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain signInAndSessions(HttpSecurity http, ClientRegistrationRepository registrations,
            ConsoleProperties properties) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(
                properties.endSessionUri() == null ? registrations : withEndSession(registrations,
                        properties.endSessionUri().toString()));
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/webjars/**", "/css/**", "/js/**", "/favicon.svg")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.authorizationEndpoint(endpoint ->
                        endpoint.authorizationRequestResolver(withPkce)))
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                .headers(headers -> headers
                        .contentSecurityPolicy(policy -> policy.policyDirectives(
                                CONTENT_SECURITY_POLICY.formatted(properties.issuerOrigin())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * The registration with the authorisation server's end-session endpoint, where its metadata is not read from the
     * issuer (docker compose gives the endpoints one by one): signing out of the console then signs out there too.
     */
    private static ClientRegistrationRepository withEndSession(ClientRegistrationRepository registrations,
            String endSessionUri) {
        return id -> {
            ClientRegistration registration = registrations.findByRegistrationId(id);
            if (registration == null) {
                return null;
            }
            Map<String, Object> metadata = new HashMap<>(
                    registration.getProviderDetails().getConfigurationMetadata());
            metadata.putIfAbsent("end_session_endpoint", endSessionUri);
            return ClientRegistration.withClientRegistration(registration)
                    .providerConfigurationMetadata(metadata).build();
        };
    }

    /** Gives the session's access token, refreshed with its refresh token when it has run out. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }
}
