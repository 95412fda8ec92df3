package org.casemgmt.gateway.security;

import java.time.Clock;
import java.util.List;

import org.casemgmt.tokens.AccessTokenRules;
import org.casemgmt.tokens.VerifiedTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * The gateway is an OAuth2 resource server: every request but the health probes, the OpenAPI documents and the web
 * console's pages needs a valid JWT from the configured issuer ({@code spring.security.oauth2.resourceserver.jwt.*}),
 * for the platform's API and with its scope ({@link AccessTokenRules}, the rules every service applies too). The token goes on to the service unchanged, which checks it again and
 * decides what its roles allow; the gateway only turns away callers without one, before they cost a service anything.
 *
 * <p>The gateway's own web filters (correlation id, security headers, CORS, size limit) run before this chain
 * (order -100), so a 401 carries them too and a CORS preflight is answered before a token is asked for.
 */
@Configuration(proxyBeanMethods = false)
class TokenSecurity {

    /** Keycloak's readable user name; its {@code sub} is a UUID. */
    private static final String PREFERRED_USERNAME = "preferred_username";
    @Bean
    SecurityWebFilterChain tokenSecurityChain(ServerHttpSecurity http) {
        TokenProblems problems = new TokenProblems();
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/openapi/**").permitAll()
                        // The web console keeps its own session and signs its users in itself; it calls the API, here,
                        // with their tokens. GET / only sends a browser there.
                        .pathMatchers("/console/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(TokenSecurity::authenticated))
                        .authenticationEntryPoint(problems)
                        .authenticationFailureHandler(problems))
                // Bearer tokens, no cookies: nothing for a forged cross-site request to ride on, nothing to keep.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // The gateway's own filters, ahead of this chain, answer CORS and set the browser protections (with
                // Spring Security's header writers, see SecurityHeadersWebFilter): a preflight or a 413 answered
                // before the chain runs carries them too. Written here as well, they would only be written twice.
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .build();
    }

    /**
     * Picked up by Spring Boot's decoder beside its own issuer and expiry checks. The audience is Spring Boot's
     * standard property ({@code SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES}), {@code casemgmt} when unset,
     * as in every service.
     */
    @Bean
    OAuth2TokenValidator<Jwt> tokenRules(
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences:" + AccessTokenRules.DEFAULT_AUDIENCE + "}")
            List<String> audiences) {
        return new AccessTokenRules(issuer, audiences, Clock.systemUTC());
    }

    /**
     * Spring Boot's decoder (from the issuer or the key set) verifies a token once in its lifetime rather than on every
     * request ({@link VerifiedTokens}). Only those: a decoder a test stands in with may answer differently for the same
     * token.
     */
    @Bean
    static BeanPostProcessor rememberVerifiedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SupplierReactiveJwtDecoder || bean instanceof NimbusReactiveJwtDecoder) {
                    return remembering((ReactiveJwtDecoder) bean,
                            new VerifiedTokens(VerifiedTokens.DEFAULT_CAPACITY, Clock.systemUTC()));
                }
                return bean;
            }
        };
    }

    static ReactiveJwtDecoder remembering(ReactiveJwtDecoder decoder, VerifiedTokens verified) {
        return token -> {
            Jwt known = verified.find(token);
            return known != null ? Mono.just(known) : decoder.decode(token).doOnNext(jwt -> verified.remember(token, jwt));
        };
    }

    /** Names the caller as the services name the actor: the readable user name where there is one, else the subject. */
    static Mono<JwtAuthenticationToken> authenticated(Jwt token) {
        String username = token.getClaimAsString(PREFERRED_USERNAME);
        String name = username == null || username.isBlank() ? token.getSubject() : username;
        return Mono.just(new JwtAuthenticationToken(token, List.of(), name));
    }
}
