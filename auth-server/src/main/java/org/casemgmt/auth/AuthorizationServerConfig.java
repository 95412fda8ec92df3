package org.casemgmt.auth;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/** The protocol endpoints, the sign-in form, and the users, clients and key they work with. */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfig {

    static final String AGENCY_CLAIM = "agency";
    /** The scope a client asks for to call the platform's API. */
    static final String API_SCOPE = "casemgmt";
    static final String ROLES_CLAIM = "roles";
    /** Keycloak's name claim (its sub is a UUID): here too, so a service can read one claim from either server. */
    static final String USERNAME_CLAIM = "preferred_username";
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    /**
     * The OAuth2 and OIDC endpoints, the default sign-in form the authorization code flow sends a browser (or a CLI
     * acting as one) to, and health open so that the launcher and orchestrators can probe it.
     */
    @Bean
    SecurityFilterChain authorizationServer(HttpSecurity http, SignInThrottle throttle) throws Exception {
        http.oauth2AuthorizationServer(server -> server.oidc(oidc -> oidc.logoutEndpoint(logout -> logout
                        .authenticationProviders(LoopbackPostLogoutRedirects::applyTo))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    SignInThrottle signInThrottle(AuthProperties properties) {
        return new SignInThrottle(properties.signIn(), Clock.systemUTC());
    }

    /** Fed by the events of Spring Boot's authentication event publisher, which every password check reports to. */
    @Bean
    SignInOutcomes signInOutcomes(SignInThrottle throttle) {
        return new SignInOutcomes(throttle);
    }

    /** BCrypt only: a stored {noop} or other legacy prefix can never match. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService users(AuthProperties properties, PasswordEncoder passwordEncoder) {
        return new InMemoryUserDetailsManager(properties.users().stream()
                .map(user -> User.withUsername(user.username())
                        .password(passwordEncoder.encode(user.password()))
                        .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                        .build())
                .toList());
    }

    @Bean
    RegisteredClientRepository clients(AuthProperties properties, PasswordEncoder passwordEncoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.accessTokenLifetime()).build();
        List<RegisteredClient> clients = properties.clients().stream()
                .map(client -> registered(client, tokens, passwordEncoder)).toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient registered(AuthProperties.Client client, TokenSettings tokens,
                                               PasswordEncoder passwordEncoder) {
        boolean isPublic = client.secret() == null;
        boolean signsUsersIn = client.grantTypes().contains(AuthorizationGrantType.AUTHORIZATION_CODE.getValue());
        RegisteredClient.Builder builder = RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientAuthenticationMethod(isPublic ? ClientAuthenticationMethod.NONE
                        : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .tokenSettings(tokens)
                // Every client of the code flow binds its code to a PKCE verifier (OAuth 2.1): a public one has no
                // secret to do so, and for a confidential one (the web console) the verifier proves that the code came
                // back to the very sign-in that asked for it, not one a stolen code was slipped into. No consent page,
                // because every client here is the platform's own or a contracted partner's.
                .clientSettings(ClientSettings.builder().requireProofKey(signsUsersIn)
                        .requireAuthorizationConsent(false).build());
        if (!isPublic) {
            builder.clientSecret(passwordEncoder.encode(client.secret()));
        }
        client.grantTypes().forEach(grant -> builder.authorizationGrantType(new AuthorizationGrantType(grant)));
        // A redirect URI on 127.0.0.1 is taken on any port (RFC 8252): a client started on a free port still signs in.
        client.redirectUris().stream().map(URI::toString).forEach(builder::redirectUri);
        client.postLogoutRedirectUris().stream().map(URI::toString).forEach(builder::postLogoutRedirectUri);
        client.scopes().forEach(builder::scope);
        return builder.build();
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(AuthProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(properties.keyStoreDir())));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
    }

    @Bean
    Identities identities(AuthProperties properties) {
        return new Identities(properties);
    }

    /**
     * The claims contract the services authorise on: {@code agency} and {@code roles} beside the standard ones, and
     * the platform's audience; the subject is already the username, or the client id for client_credentials. A
     * signed-in user's ID token names them by {@code preferred_username} too, as Keycloak's does, so that a web client
     * (the console) reads the user's name from one claim whichever server signed them in; the user info endpoint
     * repeats it, as a profile claim.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(Identities identities, AuthProperties properties) {
        return context -> {
            if (ID_TOKEN.equals(context.getTokenType())) {
                context.getClaims().claim(USERNAME_CLAIM, context.getPrincipal().getName());
                return;
            }
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            Identities.Identity identity = AuthorizationGrantType.CLIENT_CREDENTIALS
                    .equals(context.getAuthorizationGrantType())
                    ? identities.client(context.getRegisteredClient().getClientId())
                    : identities.user(context.getPrincipal().getName());
            context.getClaims().claim(AGENCY_CLAIM, identity.agency()).claim(ROLES_CLAIM, identity.roles())
                    .claim(USERNAME_CLAIM, context.getPrincipal().getName());
            // For the platform's API, which every service and the gateway require, rather than for the client (the
            // default): a token asked for without the scope is not for the API and keeps the client's id.
            if (context.getAuthorizedScopes().contains(API_SCOPE)) {
                context.getClaims().audience(List.of(properties.audience()));
            }
        };
    }
}
