package org.casemgmt.console.clients;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/** An agency administrator erases a client at their request, from the client's page, once they confirmed it. */
class ClientErasureTest extends ConsoleWebTest {

    @BeforeEach
    void aRegisteredClient() {
        API.get("/api/intake/clients/client-7", """
                {"id": "client-7", "givenName": "María", "familyName": "García", "birthDate": "1985-03-14",
                 "preferredLanguage": "es", "residencyArea": "North", "status": "ACTIVE"}""");
        API.get("/api/intake/intakes", """
                {"content": []}""");
        API.get("/api/intake/programs", "[]");
    }

    private RequestPostProcessor admin() {
        return signedInAs("admin.ada", "agency-north", "AGENCY_ADMIN");
    }

    @Test
    void onlyAnAdministratorIsOfferedTheErasureAndACaseWorkerTheIntake() {
        Document asAdmin = page(mvc.get().uri("/clients/client-7").with(admin()).exchange());
        Document asWorker = page(mvc.get().uri("/clients/client-7").with(caseWorker()).exchange());

        assertThat(asAdmin.selectFirst("#erasure form").attr("action")).isEqualTo("/clients/client-7/erasure");
        assertThat(asAdmin.select("form[action=/clients/client-7/intakes]")).isEmpty();
        assertThat(asWorker.select("#erasure")).isEmpty();
        assertThat(asWorker.select("form[action=/clients/client-7/intakes]")).hasSize(1);
    }

    @Test
    void withoutTheConfirmationNothingIsSentAndTheBoxSaysWhy() {
        MvcTestResult result = submit(admin(), "/clients/client-7/erasure", "reference", "DSR-2026-114");

        assertThat(result).hasStatusOk();
        Document page = page(result);
        assertThat(page.selectFirst("#confirmed-error").text()).isEqualTo("Error: Tick this to confirm the erasure");
        assertThat(page.selectFirst("#erasure #problem h2").text()).isEqualTo("Nothing was erased");
        assertThat(page.selectFirst("#erasure-reference").val()).isEqualTo("DSR-2026-114");
        assertThat(API.received("POST", "/api/intake/clients/client-7/erasure")).isEmpty();
    }

    @Test
    void aConfirmedErasureIsSentWithItsReferenceAndTheErasedRecordShowsNoPerson() {
        API.answer("POST", "/api/intake/clients/client-7/erasure", 200, """
                {"id": "client-7", "status": "ERASED"}""");

        MvcTestResult result = submit(admin(), "/clients/client-7/erasure", "reference", "DSR-2026-114", "confirmed", "true");

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/clients/client-7");
        assertThat(API.received("POST", "/api/intake/clients/client-7/erasure")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).isEqualTo("{\"reference\":\"DSR-2026-114\"}"));

        API.get("/api/intake/clients/client-7", """
                {"id": "client-7", "status": "ERASED"}""");
        Document erased = page(mvc.get().uri("/clients/client-7").with(admin()).exchange());
        assertThat(erased.selectFirst("h1").text()).isEqualTo("(erased client)");
        assertThat(erased.select("#erasure")).isEmpty();
    }

}
