package org.casemgmt.platform.security;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.casemgmt.tokens.AccessTokenRules;
import org.casemgmt.tokens.VerifiedTokens;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server: it checks the bearer token itself even behind the gateway, so a
 * request that reaches a service some other way is refused just the same. Only health (for the orchestrator) and
 * the OpenAPI document (for the gateway's {@code /openapi/{stage}}) answer without a token. The issuer and key set
 * are Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*} properties.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
// Declared here as well as by Spring Boot, so a @WebMvcTest slice, which leaves Boot's security out, runs this chain.
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class ResourceServerAutoConfiguration {

    static final List<String> ALWAYS_OPEN = List.of("/actuator/health", "/actuator/health/**", "/v3/api-docs",
            "/v3/api-docs/**", "/.well-known/oauth-protected-resource");

    @Bean
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, SecurityProperties properties, JsonMapper json,
                                                  @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer) {
        SecurityProblems problems = new SecurityProblems(json);
        String[] open = Stream.concat(ALWAYS_OPEN.stream(), properties.publicPaths().stream())
                .toArray(String[]::new);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, open).permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new StaffAuthenticationConverter()))
                        // RFC 9728: a client refused with 401 learns here where to get a token.
                        .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
                                resource -> resource.authorizationServer(issuer)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new TokenIssuerOutage(json), BearerTokenAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens, never cookies: there is no ambient credential for a forged request to ride on.
                .csrf(AbstractHttpConfigurer::disable)
                .build();
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
                if (bean instanceof SupplierJwtDecoder || bean instanceof NimbusJwtDecoder) {
                    return remembering((JwtDecoder) bean, new VerifiedTokens(VerifiedTokens.DEFAULT_CAPACITY, Clock.systemUTC()));
                }
                return bean;
            }
        };
    }

    static JwtDecoder remembering(JwtDecoder decoder, VerifiedTokens verified) {
        return token -> {
            Jwt known = verified.find(token);
            if (known != null) {
                return known;
            }
            Jwt jwt = decoder.decode(token);
            verified.remember(token, jwt);
            return jwt;
        };
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentActor currentActor() {
        return new TokenCurrentActor();
    }

    @Bean
    @ConditionalOnMissingBean
    StaffAccess staffAccess(CurrentActor actor) {
        return new StaffAccess(actor);
    }

    /**
     * Picked up by Spring Boot's JwtDecoder alongside its own issuer and expiry checks: the platform's rules, which the
     * gateway applies too, and a staff member's agency and roles. The audience is Spring Boot's standard property
     * ({@code SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES}), {@code casemgmt} when unset, so that a token
     * minted for another API of the same issuer is refused.
     */
    @Bean
    OAuth2TokenValidator<Jwt> accessTokenRules(
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences:" + AccessTokenRules.DEFAULT_AUDIENCE + "}")
            List<String> audiences) {
        return new DelegatingOAuth2TokenValidator<>(new AccessTokenRules(issuer, audiences, Clock.systemUTC()),
                new StaffClaimRules());
    }
}
