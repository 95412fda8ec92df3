package org.casemgmt.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.casemgmt.launcher.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The two ways the platform gets tokens, against the real server on a port, checked the way a resource server
 * checks them: signature against the published JWKS, and the issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class TokenFlowsIT {

    // The issuer names the port, so it must be known before the server starts: a random port would come too late.
    private static final URI ISSUER = URI.create("http://localhost:" + freePort());

    @DynamicPropertySource
    static void issuerOnAFreePort(DynamicPropertyRegistry registry) {
        registry.add("server.port", ISSUER::getPort);
        registry.add("casemgmt.auth.issuer", ISSUER::toString);
    }

    @Test
    void aPartnerSystemsTokenSpeaksForItsOwnOrganisation() {
        Jwt token = asAResourceServerSeesIt(Tokens.forClient(ISSUER, "shelter-north-system", "demo-secret"));

        assertThat(token.getSubject()).isEqualTo("shelter-north-system");
        assertThat(token.getClaimAsString("preferred_username")).isEqualTo("shelter-north-system");
        assertThat(token.getClaimAsString("agency")).isEqualTo("shelter-north");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("PROVIDER");
        assertThat(token.getIssuer()).hasToString(ISSUER.toString());
        assertThat(token.getClaimAsStringList("scope")).containsExactly("casemgmt");
        assertThat(token.getAudience()).as("the platform's API, which every service requires")
                .containsExactly("casemgmt");
    }

    @Test
    void aUserSignedInThroughTheAuthorizationCodeFlowGetsTheirAgencyAndRoles() {
        Jwt token = asAResourceServerSeesIt(Tokens.forUser(ISSUER, "worker.alex", "demo"));

        assertThat(token.getSubject()).isEqualTo("worker.alex");
        assertThat(token.getClaimAsString("preferred_username")).isEqualTo("worker.alex");
        assertThat(token.getClaimAsString("agency")).isEqualTo("agency-north");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("CASE_WORKER");
        assertThat(token.getIssuer()).hasToString(ISSUER.toString());
        assertThat(token.getAudience()).as("the platform's API, not the client").containsExactly("casemgmt");
        assertThat(token.getClaimAsStringList("scope")).contains("casemgmt");
        assertThat(token.getExpiresAt()).isEqualTo(token.getIssuedAt().plusSeconds(30 * 60));
    }

    @Test
    void aUserWithSeveralRolesHasThemAll() {
        Jwt token = asAResourceServerSeesIt(Tokens.forUser(ISSUER, "supervisor.sam", "demo"));

        assertThat(token.getClaimAsStringList("roles")).containsExactlyInAnyOrder("SUPERVISOR", "CASE_WORKER");
    }

    @Test
    void aWrongPasswordGetsNoCode() {
        assertThatThrownBy(() -> Tokens.forUser(ISSUER, "worker.alex", "not-the-password"))
                .isInstanceOf(Tokens.TokenException.class)
                .hasMessageContaining("sign-in refused for worker.alex");
    }

    @Test
    void aWrongClientSecretGetsNoToken() {
        assertThatThrownBy(() -> Tokens.forClient(ISSUER, "shelter-north-system", "guess"))
                .isInstanceOf(Tokens.TokenException.class)
                .hasMessageContaining("401");
    }

    @Test
    void readinessIsOpenSoTheLauncherCanWaitForIt() throws Exception {
        HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                ISSUER.resolve("/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    @Test
    void binTokenFindsTheEndpointsFromTheIssuerAndSignsAUserAndAPartnerIn() {
        Jwt user = asAResourceServerSeesIt(TokenScript.run("--issuer", ISSUER.toString(), "supervisor.sam").token());
        Jwt partner = asAResourceServerSeesIt(TokenScript.run("--issuer", ISSUER.toString(),
                "--client", "shelter-north-system", "demo-secret").token());

        assertThat(user.getClaimAsString("preferred_username")).isEqualTo("supervisor.sam");
        assertThat(user.getAudience()).containsExactly("casemgmt");
        assertThat(partner.getClaimAsString("agency")).isEqualTo("shelter-north");
        assertThat(TokenScript.run("--issuer", ISSUER.toString(), "worker.bo", "not-the-password").error())
                .contains("sign-in refused for worker.bo");
    }

    /** Made per test, once the server runs: the decoder reads the issuer's metadata as it is built. */
    private static Jwt asAResourceServerSeesIt(String token) {
        JwtDecoder resourceServer = NimbusJwtDecoder.withIssuerLocation(ISSUER.toString()).build();
        return resourceServer.decode(token);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
