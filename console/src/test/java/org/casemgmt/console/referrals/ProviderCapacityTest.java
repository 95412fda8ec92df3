package org.casemgmt.console.referrals;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A provider reports what their organisation's services have free now, from the page their referrals are on. */
class ProviderCapacityTest extends ConsoleWebTest {

    @BeforeEach
    void aShelterWithTwoServices() {
        API.get("/api/referral/referrals", """
                {"content": []}""");
        API.get("/api/referral/directory/organizations", """
                {"content": [{"id": "shelter-north", "name": "Shelter North", "agencyId": "shelter-north"}]}""");
        API.get("/api/referral/directory/services", """
                {"content": [
                  {"id": "beds", "organizationId": "shelter-north", "name": "Transitional housing",
                   "capacity": {"unit": "Bed", "available": 1, "maximum": 20, "held": 1, "offerable": 0,
                                "status": "capacity", "notes": "Two beds are in a room for a couple"}},
                  {"id": "advice", "organizationId": "shelter-north", "name": "Tenancy advice"}]}""");
    }

    @Test
    void eachServiceShowsWhatIsFreeAndHeldWithAFormFilledFromItsLastReport() {
        Document page = page(mvc.get().uri("/referrals").with(provider()).exchange());

        assertThat(page.selectFirst("#service-beds h3").text()).isEqualTo("Transitional housing");
        assertThat(page.selectFirst("#service-beds p").text())
                .isEqualTo("1 of 20 Bed free; 1 held by referrals, so 0 can be offered");
        assertThat(page.selectFirst("#available-beds").val()).isEqualTo("1");
        assertThat(page.selectFirst("#notes-beds").val()).isEqualTo("Two beds are in a room for a couple");
        assertThat(page.selectFirst("#status-beds option[selected]").val()).isEqualTo("capacity");
        assertThat(page.selectFirst("#service-advice p").text()).isEqualTo("No capacity reported yet.");
        assertThat(page.selectFirst("#available-advice").val()).isEmpty();
    }

    @Test
    void aReportIsSentAsTypedAndThePageReturnsToTheService() {
        API.answer("PUT", "/api/referral/services/beds/capacity", 200, """
                {"unit": "Bed", "available": 3, "maximum": 20, "held": 1, "offerable": 2, "status": "capacity"}""");

        MvcTestResult result = submit(provider(), "/referrals/services/beds/capacity", "unit", "Bed", "available", "3", "maximum", "20", "status", "capacity",
                "notes", "");

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/referrals#service-beds");
        assertThat(API.received("PUT", "/api/referral/services/beds/capacity")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).isEqualTo(
                        "{\"unit\":\"Bed\",\"available\":3,\"maximum\":20,\"status\":\"capacity\",\"notes\":null}"));
    }

    @Test
    void moreFreeThanTheMaximumIsRefusedBesideThatServicesCountOnly() {
        API.answer("PUT", "/api/referral/services/beds/capacity", 400, """
                {"type": "urn:casemgmt:problem:validation-failed", "title": "The request is not valid",
                 "status": 400, "detail": "1 field is not valid",
                 "errors": [{"field": "withinMaximum", "message": "available must not be above maximum"}]}""");

        MvcTestResult result = submit(provider(), "/referrals/services/beds/capacity", "unit", "Bed", "available", "30", "maximum", "20", "status",
                "capacity");

        assertThat(result).hasStatusOk();
        Document page = page(result);
        assertThat(page.select("#withinMaximum-error")).singleElement().satisfies(error ->
                assertThat(error.text()).isEqualTo("Error: available must not be above maximum"));
        assertThat(page.selectFirst("#service-beds #withinMaximum-error")).isNotNull();
        assertThat(page.selectFirst("#available-beds").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#available-beds").val()).isEqualTo("30");
        assertThat(page.selectFirst("#available-advice").hasAttr("aria-describedby")).isFalse();
        assertThat(page.select("#problem")).singleElement()
                .satisfies(problem -> assertThat(problem.parent().parent().id()).isEqualTo("service-beds"));
    }

    @Test
    void aDirectoryThatCannotAnswerIsSaidNotHiddenAsIfTheAgencyHadNoServices() {
        API.answer("GET", "/api/referral/directory/organizations", 503, """
                {"type": "urn:casemgmt:problem:service-unavailable", "title": "Referral is unavailable", "status": 503}""");

        MvcTestResult result = mvc.get().uri("/referrals").with(provider()).exchange();

        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void aUserWhoseAgencyHasNoOrganisationInTheDirectorySeesOnlyTheReferrals() {
        API.reset();
        API.get("/api/referral/referrals", """
                {"content": []}""");

        Document page = page(mvc.get().uri("/referrals").with(provider()).exchange());

        assertThat(page.select("#capacity")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Referrals to your organisation");
    }

}
