package org.casemgmt.intake.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.casemgmt.platform.security.StaffAccess;
import org.casemgmt.platform.web.CurrentActor;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the client list, search and registration answer to a request they cannot use: a 400 problem in the platform's
 * words, before anything reaches the service or the store.
 */
@WebMvcTest(ClientController.class)
@AutoConfigureMockMvc(addFilters = false)
class ClientRequestWordingTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    ClientService clients;
    @MockitoBean
    CurrentActor actor;
    @MockitoBean
    StaffAccess access;

    @Test
    void anOperatorSmuggledIntoAFilterNameIsRefusedByName() {
        MvcTestResult result = mvc.get().uri("/api/intake/clients?status[$ne]=ERASED").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:casemgmt:problem:unknown-query-parameter");
        assertThat(result).bodyJson().extractingPath("$.unknownParameters").asArray().containsExactly("status[$ne]");
        verifyNoInteractions(clients);
    }

    @Test
    void anotherAgencysClientsCannotBeAskedForByParameter() {
        MvcTestResult result = mvc.get().uri("/api/intake/clients?agencyId=agency-b").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("This endpoint does not take the query "
                + "parameter(s) agencyId; it takes page, registeredFrom, registeredTo, size, sort, status.");
        verifyNoInteractions(clients);
    }

    @Test
    void filterValuesOfTheWrongKindSayWhatTheyMustBeWithoutJavaTypes() {
        MvcTestResult result = mvc.get().uri("/api/intake/clients?status=GONE&registeredFrom=14/03/2026").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.field == 'status')].message").asArray()
                .containsExactly("must be one of ACTIVE, INACTIVE, ERASED");
        assertThat(result).bodyJson().extractingPath("$.errors[?(@.field == 'registeredFrom')].message").asArray()
                .containsExactly("must be a date like 2026-03-14");
        assertThat(result).bodyText().doesNotContain("java.", "org.casemgmt");
    }

    @Test
    void aSearchBirthDateOfTheWrongKindSaysWhatItMustBe() {
        MvcTestResult result = mvc.get().uri("/api/intake/clients/search?birthDate=yesterday").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("must be a date like 2026-03-14");
        assertThat(result).bodyText().doesNotContain("java.");
    }

    @Test
    void aRegistrationWithABirthDateOfTheWrongKindNamesTheField() {
        MvcTestResult result = mvc.post().uri("/api/intake/clients").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"givenName": "María", "familyName": "García", "birthDate": "14/03/1985"}""").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.detail")
                .isEqualTo("The request body cannot be read: birthDate must be a date like 2026-03-14.");
        assertThat(result).bodyText().doesNotContain("java.", "LocalDate");
    }

    @Test
    void aPageNumberNoPageCanHaveIsRefusedAndABigPageIsCutToAHundred() {
        given(clients.list(any(), any())).willReturn(Page.empty());

        assertThat(mvc.get().uri("/api/intake/clients?page=99999999999").exchange())
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("page");
        assertThat(mvc.get().uri("/api/intake/clients?page=-1").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/intake/clients?sort=$where").exchange())
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("sort");
        assertThat(mvc.get().uri("/api/intake/clients?size=5000").exchange()).hasStatus(HttpStatus.OK);
        ArgumentCaptor<Pageable> asked = ArgumentCaptor.forClass(Pageable.class);
        verify(clients).list(any(), asked.capture());
        assertThat(asked.getValue().getPageSize()).isEqualTo(100);
    }
}
