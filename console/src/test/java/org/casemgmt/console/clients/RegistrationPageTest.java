package org.casemgmt.console.clients;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

class RegistrationPageTest extends ConsoleWebTest {

    @Test
    void aFieldThePlatformRefusesIsMarkedWithItsMessageAndTheFormKeepsWhatWasTyped() {
        API.answer("POST", "/api/intake/clients", 400, """
                {"type": "urn:casemgmt:problem:validation-failed", "title": "The request is not valid",
                 "status": 400, "detail": "1 field is not valid",
                 "errors": [{"field": "givenName", "message": "must not be blank"}]}""");

        Document page = page(register("familyName", "García López", "birthDate", "1985-03-14",
                "email", "maria@example.org"));

        assertThat(page.selectFirst("#givenName").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#givenName").attr("aria-describedby")).isEqualTo("givenName-error");
        assertThat(page.selectFirst("#givenName-error").text()).isEqualTo("Error: must not be blank");
        assertThat(page.selectFirst("#familyName").attr("aria-invalid")).isEqualTo("false");
        assertThat(page.select("#familyName-error")).isEmpty();
        assertThat(page.selectFirst("#familyName").val()).isEqualTo("García López");
        assertThat(page.selectFirst("#birthDate").val()).isEqualTo("1985-03-14");
        assertThat(page.selectFirst("#email").val()).isEqualTo("maria@example.org");
        assertThat(page.selectFirst("#problem[role=alert] h2").text()).isEqualTo("The request is not valid");
        assertThat(page.selectFirst("#problem").text()).contains("1 field is not valid", "must not be blank");
        assertThat(page.select("#problem a").attr("href")).isEqualTo("#givenName-error");
        assertThat(page.select(".duplicates")).isEmpty();
        assertThat(API.received("POST", "/api/intake/clients")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).contains("\"givenName\":null",
                        "\"familyName\":\"García López\"", "\"confirmedNotDuplicate\":false"));
    }

    @Test
    void aPossibleDuplicateShowsTheCandidatesAndAsksToConfirm() {
        API.answer("POST", "/api/intake/clients", 409, """
                {"type": "urn:casemgmt:problem:possible-duplicate", "title": "Possible duplicate", "status": 409,
                 "detail": "A client with this name and birth date is already registered",
                 "candidates": [{"clientId": "client-7", "givenName": "María", "familyName": "García",
                                 "birthDate": "1985-03-14", "matchedOn": ["name", "birthDate"]}]}""");

        Document page = page(register("givenName", "Maria", "familyName", "Garcia", "birthDate", "1985-03-14"));

        assertThat(page.select(".duplicates h2").text()).isEqualTo("This may be someone already registered");
        assertThat(page.select(".duplicates li.candidate")).singleElement().satisfies(candidate -> {
            assertThat(candidate.selectFirst("a").text()).isEqualTo("María García, 1985-03-14");
            assertThat(candidate.selectFirst("a").attr("href")).isEqualTo("/clients/client-7");
            assertThat(candidate.selectFirst(".muted").text()).isEqualTo("Matched on: name, birthDate");
        });
        assertThat(page.selectFirst("#confirmedNotDuplicate").attr("type")).isEqualTo("checkbox");
        assertThat(page.selectFirst("label[for=confirmedNotDuplicate]").text())
                .isEqualTo("This is a different person: register them anyway");
        assertThat(page.selectFirst("#givenName").val()).isEqualTo("Maria");
    }

    private MvcTestResult register(String... fields) {
        var post = mvc.post().uri("/clients").with(caseWorker()).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            post.param(fields[i], fields[i + 1]);
        }
        MvcTestResult result = post.exchange();
        assertThat(result).hasStatusOk().hasViewName("clients/new");
        return result;
    }
}
