package org.casemgmt.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The web console signs its users in as a confidential client with the authorization code flow and PKCE, on the
 * address the browser gave the gateway: on 127.0.0.1 whatever port the gateway listens on. Driven as the console's
 * browser and back end would: the authorization request, the sign-in form, the code on the redirect URI, the token
 * request with the client's secret and the PKCE verifier, then what the console reads after it (user info) and the
 * sign-out, back to the console on the gateway's port.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleClientIT {

    private static final String CLIENT_ID = "casemgmt-console";
    private static final String SECRET = "demo-console-secret";
    private static final String CALLBACK_PATH = "/console/login/oauth2/code/casemgmt";
    private static final String VERIFIER = "a-verifier-of-at-least-forty-three-characters-0123456789";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JWKSource<SecurityContext> signingKeys;

    @Test
    void aConsoleBehindAGatewayOnAnyPortOfTheLoopbackAddressSignsAUserInForTheApi() throws Exception {
        String redirectUri = "http://127.0.0.1:54321" + CALLBACK_PATH;

        MockHttpServletResponse tokens = exchange(codeFor("supervisor.sam", redirectUri), redirectUri, basic(SECRET));

        assertThat(tokens.getStatus()).isEqualTo(200);
        JwtDecoder resourceServer = OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
        Jwt access = resourceServer.decode(JsonPath.read(tokens.getContentAsString(), "$.access_token"));
        assertThat(access.getAudience()).as("the platform's API, which the gateway and every service require")
                .containsExactly("casemgmt");
        assertThat(access.getClaimAsString("agency")).isEqualTo("agency-north");
        assertThat(access.getClaimAsStringList("roles")).containsExactlyInAnyOrder("SUPERVISOR", "CASE_WORKER");
        assertThat(access.getClaimAsStringList("scope")).contains("casemgmt", "openid", "profile");
        Jwt id = resourceServer.decode(JsonPath.read(tokens.getContentAsString(), "$.id_token"));
        assertThat(id.getAudience()).containsExactly(CLIENT_ID);
        assertThat(id.getClaimAsString("preferred_username")).as("the name the console shows, as from Keycloak")
                .isEqualTo("supervisor.sam");
        assertThat((String) JsonPath.read(tokens.getContentAsString(), "$.refresh_token"))
                .as("so a session outlives one access token").isNotBlank();
    }

    @Test
    void theConsoleReadsWhoSignedInFromTheUserInfoEndpoint() throws Exception {
        String redirectUri = "http://127.0.0.1:8080" + CALLBACK_PATH;
        MockHttpServletResponse tokens = exchange(codeFor("worker.bo", redirectUri), redirectUri, basic(SECRET));
        String accessToken = JsonPath.read(tokens.getContentAsString(), "$.access_token");

        MockHttpServletResponse userInfo = mvc.perform(get("/userinfo")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)).andReturn().getResponse();

        assertThat(userInfo.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(userInfo.getContentAsString(), "$.sub")).isEqualTo("worker.bo");
        assertThat((String) JsonPath.read(userInfo.getContentAsString(), "$.preferred_username"))
                .isEqualTo("worker.bo");
    }

    @Test
    void localhostIsAcceptedOnlyOnThePortRegisteredAndNoOtherHostAtAll() throws Exception {
        String registered = "http://localhost:8080" + CALLBACK_PATH;
        assertThat(exchange(codeFor("worker.alex", registered), registered, basic(SECRET)).getStatus()).isEqualTo(200);

        for (String unregistered : new String[] { "http://localhost:9999" + CALLBACK_PATH,
                "http://console.attacker.example" + CALLBACK_PATH, "http://127.0.0.1:8080/elsewhere" }) {
            MockHttpServletResponse refused = authorize(new MockHttpSession(), unregistered, true);
            assertThat(refused.getStatus()).as(unregistered).isEqualTo(400);
            assertThat(refused.getRedirectedUrl()).as("no code, nor even an error, is sent to " + unregistered)
                    .isNull();
        }
    }

    @Test
    void withoutItsSecretTheCodeBuysNoToken() throws Exception {
        String redirectUri = "http://127.0.0.1:8080" + CALLBACK_PATH;

        MockHttpServletResponse withoutSecret = exchange(codeFor("worker.alex", redirectUri), redirectUri,
                request -> {
                    request.addParameter("client_id", CLIENT_ID);
                    return request;
                });
        MockHttpServletResponse wrongSecret = exchange(codeFor("worker.alex", redirectUri), redirectUri,
                basic("demo-secret"));

        assertThat(withoutSecret.getStatus()).isEqualTo(401);
        assertThat(withoutSecret.getContentAsString()).contains("invalid_client");
        assertThat(wrongSecret.getStatus()).isEqualTo(401);
        assertThat(wrongSecret.getContentAsString()).contains("invalid_client");
    }

    @Test
    void aSignInWithoutAPkceChallengeGetsNoCodeAndACodeNeedsItsVerifier() throws Exception {
        String redirectUri = "http://127.0.0.1:8080" + CALLBACK_PATH;

        MockHttpServletResponse withoutChallenge = authorize(new MockHttpSession(), redirectUri, false);
        MockHttpServletResponse wrongVerifier = exchange(codeFor("worker.alex", redirectUri), redirectUri,
                "another-" + VERIFIER, basic(SECRET));

        assertThat(withoutChallenge.getRedirectedUrl()).startsWith(redirectUri + "?error=invalid_request")
                .contains("code_challenge").doesNotContain("code=");
        assertThat(wrongVerifier.getStatus()).isEqualTo(400);
        assertThat(wrongVerifier.getContentAsString()).contains("invalid_grant");
    }

    @Test
    void signingOutSendsTheBrowserBackToTheConsoleOnTheGatewaysPort() throws Exception {
        String redirectUri = "http://127.0.0.1:54321" + CALLBACK_PATH;
        MockHttpSession session = new MockHttpSession();
        String idToken = JsonPath.read(exchange(codeFor("admin.ada", redirectUri, session), redirectUri,
                basic(SECRET)).getContentAsString(), "$.id_token");

        MockHttpServletResponse signedOut = signOut(session, idToken, "http://127.0.0.1:54321/console/");

        assertThat(signedOut.getRedirectedUrl()).isEqualTo("http://127.0.0.1:54321/console/?state=after-logout");
        assertThat(session.isInvalid()).as("the sign-in session ended").isTrue();
    }

    @Test
    void signingOutSendsTheBrowserNowhereElse() throws Exception {
        String redirectUri = "http://localhost:8080" + CALLBACK_PATH;
        MockHttpSession session = new MockHttpSession();
        String idToken = JsonPath.read(exchange(codeFor("auditor.ari", redirectUri, session), redirectUri,
                basic(SECRET)).getContentAsString(), "$.id_token");

        for (String elsewhere : new String[] { "http://localhost:9999/console/", "http://console.attacker.example/console/",
                "http://127.0.0.1:8080/elsewhere/" }) {
            MockHttpServletResponse refused = signOut(session, idToken, elsewhere);
            assertThat(refused.getStatus()).as(elsewhere).isEqualTo(400);
            assertThat(refused.getRedirectedUrl()).as(elsewhere).isNull();
        }
        assertThat(signOut(session, idToken, "http://localhost:8080/console/").getRedirectedUrl())
                .isEqualTo("http://localhost:8080/console/?state=after-logout");
    }

    /** As the console sends the browser: OpenID Connect RP-initiated logout. */
    private MockHttpServletResponse signOut(MockHttpSession session, String idToken, String postLogoutRedirectUri)
            throws Exception {
        URI logout = UriComponentsBuilder.fromPath("/connect/logout")
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", postLogoutRedirectUri)
                .queryParam("state", "after-logout").encode().build().toUri();
        return mvc.perform(get(logout).session(session)).andReturn().getResponse();
    }

    private String codeFor(String username, String redirectUri) throws Exception {
        return codeFor(username, redirectUri, new MockHttpSession());
    }

    /** As the browser does: sent to the form by the authorization endpoint, signs in, and comes back with a code. */
    private String codeFor(String username, String redirectUri, MockHttpSession session) throws Exception {
        MockHttpServletResponse toTheForm = authorize(session, redirectUri, true);
        assertThat(toTheForm.getRedirectedUrl()).endsWith("/login");
        String form = mvc.perform(get("/login").session(session)).andReturn().getResponse().getContentAsString();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).as("a CSRF token in the sign-in form").isTrue();
        String backToTheAuthorization = mvc.perform(post("/login").session(session).param("username", username)
                .param("password", "demo").param("_csrf", csrf.group(1))).andReturn().getResponse()
                .getRedirectedUrl();
        String callback = mvc.perform(get(URI.create(backToTheAuthorization)).session(session)
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getRedirectedUrl();
        assertThat(callback).startsWith(redirectUri + "?code=").contains("state=console-state");
        return UriComponentsBuilder.fromUriString(callback).build().getQueryParams().getFirst("code");
    }

    private MockHttpServletResponse authorize(MockHttpSession session, String redirectUri, boolean withPkce)
            throws Exception {
        // In the query string, where the authorization endpoint reads them, as a browser sends them.
        UriComponentsBuilder authorization = UriComponentsBuilder.fromPath("/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", CLIENT_ID)
                .queryParam("redirect_uri", redirectUri)
                .queryParam("scope", "openid profile casemgmt")
                .queryParam("state", "console-state")
                .queryParam("nonce", "console-nonce");
        if (withPkce) {
            authorization.queryParam("code_challenge", challenge(VERIFIER)).queryParam("code_challenge_method", "S256");
        }
        return mvc.perform(get(authorization.encode().build().toUri()).session(session).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse exchange(String code, String redirectUri, RequestPostProcessor clientAuthentication)
            throws Exception {
        return exchange(code, redirectUri, VERIFIER, clientAuthentication);
    }

    /** The console's back end, trading the code for tokens. */
    private MockHttpServletResponse exchange(String code, String redirectUri, String verifier,
            RequestPostProcessor clientAuthentication) throws Exception {
        return mvc.perform(post("/oauth2/token").with(clientAuthentication)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "authorization_code")
                .param("code", code)
                .param("redirect_uri", redirectUri)
                .param("code_verifier", verifier)).andReturn().getResponse();
    }

    /** client_secret_basic, as the console is registered. */
    private static RequestPostProcessor basic(String secret) {
        String credentials = Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Basic " + credentials);
            return request;
        };
    }

    private static String challenge(String verifier) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }
}
