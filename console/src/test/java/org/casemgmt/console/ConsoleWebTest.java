package org.casemgmt.console;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * The whole console in a mock servlet environment, the gateway a {@link GatewayStub} and the sign-in a registration
 * of its own whose authorisation server is never called: a signed-in user is put in the request with their tokens,
 * as the code flow would have left them in the session. Every subclass shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    // application.yml's provider has an issuer-uri, whose metadata would be fetched at start: another provider.
    "spring.security.oauth2.client.registration.casemgmt.provider=test-sign-in",
    "spring.security.oauth2.client.provider.test-sign-in.authorization-uri=http://sign-in.test:9000/oauth2/authorize",
    "spring.security.oauth2.client.provider.test-sign-in.token-uri=http://sign-in.test:9000/oauth2/token",
    "spring.security.oauth2.client.provider.test-sign-in.jwk-set-uri=http://sign-in.test:9000/oauth2/jwks",
    "spring.security.oauth2.client.provider.test-sign-in.user-info-uri=http://sign-in.test:9000/userinfo",
    "spring.security.oauth2.client.provider.test-sign-in.user-name-attribute=preferred_username",
    "casemgmt.console.issuer-uri=http://sign-in.test:9000",
    // No broker: the live updates' reader retries in the background, and pages are told of changes by the tests.
    "spring.kafka.bootstrap-servers=127.0.0.1:1",
    "logging.level.org.apache.kafka=error",
    "logging.level.org.casemgmt.console.live=error"})
@AutoConfigureMockMvc
public abstract class ConsoleWebTest {

    protected static final GatewayStub API = GatewayStub.start();
    protected static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestBean
    Clock clock;

    @Autowired
    protected MockMvcTester mvc;
    @Autowired
    private ClientRegistrationRepository registrations;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry properties) {
        properties.add("casemgmt.console.api-url", API::url);
    }

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @AfterEach
    void forgetTheGatewaysAnswers() {
        API.reset();
    }

    protected RequestPostProcessor caseWorker() {
        return signedInAs("worker.alex", "agency-north", "CASE_WORKER");
    }

    protected RequestPostProcessor provider() {
        return signedInAs("provider.pat", "shelter-north", "PROVIDER");
    }

    /**
     * Signed in with the console's registration (an OIDC login), the session holding the authorized client whose
     * access token carries the platform's claims.
     */
    protected RequestPostProcessor signedInAs(String username, String agency, String... roles) {
        ClientRegistration registration = registrations.findByRegistrationId("casemgmt");
        RequestPostProcessor login = oidcLogin().clientRegistration(registration)
                .idToken(token -> token.subject(username).claim("preferred_username", username));
        RequestPostProcessor client = oauth2Client("casemgmt").clientRegistration(registration)
                .principalName(username)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                        accessToken(username, agency, roles), Instant.now(), Instant.now().plus(Duration.ofHours(1))));
        return request -> client.postProcessRequest(login.postProcessRequest(request));
    }

    /** The access token a user would hold: JWT-shaped, with the claims the console reads. */
    protected static String accessToken(String username, String agency, String... roles) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String claims = JSON.writeValueAsString(Map.of("sub", username, "preferred_username", username,
                "agency", agency, "roles", List.of(roles)));
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    /** Intake's case-1, opened for client-1 (María García) in housing-first, with these consents (a JSON array). */
    protected static void anOpenCase(String consents) {
        API.get("/api/intake/intakes/case-1", """
                {"id": "case-1", "clientId": "client-1", "status": "OPENED", "programId": "housing-first",
                 "riskLevel": "MEDIUM", "priority": "HIGH", "decidedAt": "2026-09-01T09:00:00Z",
                 "caseManager": "worker.alex", "consents": %s}""".formatted(consents));
        API.get("/api/intake/clients/client-1", """
                {"id": "client-1", "givenName": "María", "familyName": "García"}""");
    }

    protected static void anOpenCase() {
        anOpenCase("[]");
    }

    /** A form sent as the user's browser sends it, with its CSRF token: field names and values in turn. */
    protected MvcTestResult submit(RequestPostProcessor user, String uri, String... fields) {
        var post = mvc.post().uri(uri).with(user).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            post.param(fields[i], fields[i + 1]);
        }
        return post.exchange();
    }

    /** The page as a browser would read it. */
    protected static Document page(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
