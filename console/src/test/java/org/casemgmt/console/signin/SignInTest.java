package org.casemgmt.console.signin;

import org.casemgmt.console.ConsoleWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

class SignInTest extends ConsoleWebTest {

    @Test
    void withoutSigningInTheHomePageSendsTheBrowserToSignIn() {
        MvcTestResult home = mvc.get().uri("/").accept(MediaType.TEXT_HTML).exchange();

        assertThat(home).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/oauth2/authorization/casemgmt");
        assertThat(API.received()).isEmpty();
    }

    @Test
    void signingInIsTheCodeFlowWithPkceBackToTheAddressTheBrowserUsed() {
        MvcTestResult signIn = mvc.get().uri("/console/oauth2/authorization/casemgmt").contextPath("/console")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "cases.example.org")
                .header("X-Forwarded-Port", "443").exchange();

        assertThat(signIn).hasStatus(HttpStatus.FOUND).redirectedUrl()
                .startsWith("http://sign-in.test:9000/oauth2/authorize?");
        MultiValueMap<String, String> query = UriComponentsBuilder
                .fromUriString(signIn.getResponse().getRedirectedUrl()).build().getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo("casemgmt-console");
        assertThat(query.getFirst("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("state")).isNotBlank();
        assertThat(UriUtils.decode(query.getFirst("redirect_uri"), UTF_8))
                .isEqualTo("https://cases.example.org/console/login/oauth2/code/casemgmt");
    }

    @Test
    void healthIsOpenToTheOrchestrator() {
        for (String health : new String[] {"/actuator/health", "/actuator/health/liveness"}) {
            assertThat(mvc.get().uri(health)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
        }
    }

    @Test
    void everyPageAllowsNoScriptOrStyleButTheConsolesOwn() {
        API.get("/api/intake/intakes", "{\"content\":[]}").get("/api/planning/plans", "{\"content\":[]}")
                .get("/api/monitoring/work-queue", "[]");

        for (MvcTestResult response : new MvcTestResult[] {
            mvc.get().uri("/").accept(MediaType.TEXT_HTML).exchange(),
            mvc.get().uri("/").with(caseWorker()).exchange()}) {
            String policy = response.getResponse().getHeader("Content-Security-Policy");
            assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "frame-ancestors 'none'", "form-action 'self' http://sign-in.test:9000")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        MvcTestResult forged = mvc.post().uri("/clients").with(caseWorker())
                .param("givenName", "María").param("familyName", "García").exchange();

        assertThat(forged).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(API.received()).isEmpty();
    }

    @Test
    void theSameFormWithItsTokenReachesThePlatform() {
        API.answer("POST", "/api/intake/clients", 201, "{\"id\":\"client-1\"}");

        MvcTestResult registered = mvc.post().uri("/clients").with(caseWorker()).with(csrf())
                .param("givenName", "María").param("familyName", "García").param("birthDate", "1985-03-14")
                .exchange();

        assertThat(registered).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/clients/client-1");
        assertThat(API.received("POST", "/api/intake/clients")).singleElement()
                .satisfies(call -> assertThat(SignedInUser.fromAccessToken(call.authorization()
                        .substring("Bearer ".length())).username()).isEqualTo("worker.alex"));
    }
}
