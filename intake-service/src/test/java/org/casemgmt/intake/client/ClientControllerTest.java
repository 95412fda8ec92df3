package org.casemgmt.intake.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(ClientController.class)
// The web layer alone: who may do what is the access-matrix IT's to prove, with real tokens.
@AutoConfigureMockMvc(addFilters = false)
class ClientControllerTest {

    private static final String MARIA = """
            {"givenName": "María", "familyName": "García", "birthDate": "1985-03-14",
             "identifiers": [{"type": "NATIONAL_ID", "value": "AB123456"}],
             "contact": {"phone": "+34 600 000 000", "email": "maria@example.org"},
             "preferredLanguage": "es", "residencyArea": "North"}""";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    ClientService clients;
    @MockitoBean
    CurrentActor actor;
    @MockitoBean
    StaffAccess access;

    private final Client registered = Client.register("client-1", new ClientDetails("María", "García",
            LocalDate.of(1985, 3, 14), List.of(new Identifier("NATIONAL_ID", "AB123456")), null, "es", "North"),
            TestTokens.TOKENS, "agency-a", "worker-1", Instant.parse("2026-11-23T09:00:00Z"));

    @BeforeEach
    void actor() {
        given(actor.id()).willReturn("worker-1");
    }

    @Test
    void aRegisteredClientIsAnsweredWithItsLocationAndVersion() {
        given(clients.register(any(), eq(false), eq("worker-1"))).willReturn(registered);

        MvcTestResult result = mvc.post().uri("/api/intake/clients").contentType(MediaType.APPLICATION_JSON)
                .content(MARIA).exchange();

        assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader("Location", "/api/intake/clients/client-1");
        assertThat(result).bodyJson().extractingPath("$.givenName").isEqualTo("María");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("ACTIVE");
        assertThat(result).bodyJson().extractingPath("$.identifiers[0].value").isEqualTo("AB123456");
    }

    @Test
    void aRegistrationWithoutNameOrBirthDateIsAProblemDocumentNamingEachField() {
        MvcTestResult result = mvc.post().uri("/api/intake/clients").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"givenName": " ", "birthDate": "2999-01-01",
                         "contact": {"email": "not-an-email"}}""").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("givenName", "familyName", "birthDate", "contact.email");
        verifyNoInteractions(clients);
    }

    @Test
    void aPossibleDuplicateIsA409ProblemListingTheCandidates() {
        given(clients.register(any(), anyBoolean(), any())).willThrow(new RuleViolationException("possible-duplicate",
                "1 existing client(s) may be the same person.", Map.of("candidates", List.of(
                        new DuplicateCandidate("client-0", "Maria", "Garcia", LocalDate.of(1985, 3, 14),
                                EnumSet.of(MatchedOn.SIMILAR_NAME, MatchedOn.BIRTH_DATE), 0.97)))));

        MvcTestResult result = mvc.post().uri("/api/intake/clients").contentType(MediaType.APPLICATION_JSON)
                .content(MARIA).exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:possible-duplicate");
        assertThat(result).bodyJson().extractingPath("$.candidates[0].clientId").isEqualTo("client-0");
        assertThat(result).bodyJson().extractingPath("$.candidates[0].matchedOn")
                .asArray().containsExactly("SIMILAR_NAME", "BIRTH_DATE");
        assertThat(result).bodyJson().extractingPath("$.candidates[0].score").isEqualTo(0.97);
    }

    @Test
    void confirmingThatTheClientIsNotADuplicateIsPassedOn() {
        given(clients.register(any(), eq(true), eq("worker-1"))).willReturn(registered);

        MvcTestResult result = mvc.post().uri("/api/intake/clients").contentType(MediaType.APPLICATION_JSON)
                .content(MARIA.replaceFirst("\\{", "{\"confirmedNotDuplicate\": true, ")).exchange();

        assertThat(result).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void anUnknownClientIs404() {
        given(clients.get("nobody")).willThrow(new ResourceNotFoundException("client", "nobody"));

        MvcTestResult result = mvc.get().uri("/api/intake/clients/nobody").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUpdateMadeToAStaleVersionIs409() {
        given(clients.replaceDetails(eq("client-1"), anyLong(), any()))
                .willThrow(new OptimisticLockingFailureException("client client-1 is at version 3"));

        MvcTestResult result = mvc.put().uri("/api/intake/clients/client-1").contentType(MediaType.APPLICATION_JSON)
                .content(MARIA.replace("{", "{\"version\": 1, ")).exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUpdateWithoutVersionIsRejected() {
        MvcTestResult result = mvc.patch().uri("/api/intake/clients/client-1").contentType(MediaType.APPLICATION_JSON)
                .content("{\"residencyArea\": \"South\"}").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("version");
        verifyNoInteractions(clients);
    }

    @Test
    void aSearchWithoutAnyCriterionIsRejected() {
        MvcTestResult result = mvc.get().uri("/api/intake/clients/search").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(clients);
    }

    @Test
    void theDuplicateCheckAnswersTheCandidatesWithoutRegistering() {
        given(clients.possibleDuplicates(any())).willReturn(List.of());

        MvcTestResult result = mvc.post().uri("/api/intake/clients/duplicate-check")
                .contentType(MediaType.APPLICATION_JSON).content(MARIA).exchange();

        assertThat(result).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.candidates").asArray().isEmpty();
    }

    @Test
    void anErasedClientIsAnsweredWithoutThePerson() {
        Client erased = Client.register("client-2", new ClientDetails("María", "García", LocalDate.of(1985, 3, 14),
                List.of(new Identifier("NATIONAL_ID", "AB123456")), null, "es", "North"), TestTokens.TOKENS,
                "agency-a", "worker-1", Instant.parse("2026-11-23T09:00:00Z"));
        erased.erase("admin-1", "DSR-2026-014", Instant.parse("2026-11-24T09:00:00Z"));
        given(clients.erase("client-2", "DSR-2026-014", "worker-1")).willReturn(erased);

        MvcTestResult result = mvc.post().uri("/api/intake/clients/client-2/erasure")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reference\": \"DSR-2026-014\"}").exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("ERASED");
        assertThat(result).bodyJson().extractingPath("$.givenName").isNull();
        assertThat(result).bodyJson().extractingPath("$.birthDate").isNull();
        assertThat(result).bodyJson().extractingPath("$.identifiers").asArray().isEmpty();
        assertThat(result).bodyJson().extractingPath("$.residencyArea").isNull();
        assertThat(result).bodyJson().extractingPath("$.erasedBy").isEqualTo("admin-1");
    }

    @Test
    void anErasureNeedsNoBody() {
        given(clients.erase("client-1", null, "worker-1")).willReturn(registered);

        assertThat(mvc.post().uri("/api/intake/clients/client-1/erasure").exchange()).hasStatus(HttpStatus.OK);
    }
}
