package org.casemgmt.console.administration;

import java.nio.charset.StandardCharsets;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** An agency administrator sets a program's planning rule and imports the agency's part of the directory. */
class AdministrationTest extends ConsoleWebTest {

    @BeforeEach
    void oneProgram() {
        API.get("/api/intake/programs", """
                [{"id": "housing-first", "name": "Housing First"}]""");
        API.get("/api/planning/programs/housing-first/settings", """
                {"programId": "housing-first", "version": null, "selfApprovalAllowed": false, "defaultUsed": true}""");
    }

    private RequestPostProcessor admin() {
        return signedInAs("admin.ada", "agency-north", "AGENCY_ADMIN");
    }

    @Test
    void eachProgramShowsItsPlanningRuleAndItIsSavedWithTheVersionRead() {
        Document page = page(mvc.get().uri("/administration").with(admin()).exchange());
        API.answer("PUT", "/api/planning/programs/housing-first/settings", 200, "{}");

        MvcTestResult saved = mvc.post().uri("/administration/programs/housing-first/settings").with(admin())
                .with(csrf()).param("version", "").param("selfApprovalAllowed", "true").exchange();

        assertThat(page.selectFirst("#program-housing-first h3").text()).isEqualTo("Housing First");
        assertThat(page.selectFirst("#selfApproval-housing-first").hasAttr("checked")).isFalse();
        assertThat(page.selectFirst("#program-housing-first").text()).contains("(the platform's default until saved)");
        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/administration#program-housing-first");
        assertThat(API.received("PUT", "/api/planning/programs/housing-first/settings")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).contains("\"selfApprovalAllowed\":true",
                        "\"version\":null"));
    }

    @Test
    void anHsdsDocumentIsSentOnAndWhatBecameOfEachOrganisationIsShown() {
        API.answer("POST", "/api/referral/directory/import", 200, """
                {"organizations": [
                  {"id": "shelter-north", "outcome": "imported", "services": 2, "locations": 1, "serviceAtLocations": 2},
                  {"id": "shelter-south", "outcome": "refused", "reason": "agency_id is another agency's"}]}""");
        String hsds = """
                {"organizations": [{"id": "shelter-north", "name": "Shelter North"}]}""";

        MvcTestResult result = mvc.post().uri("/administration/directory").multipart()
                .file(new MockMultipartFile("document", "directory.json", "application/json",
                        hsds.getBytes(StandardCharsets.UTF_8)))
                .with(admin()).with(csrf()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(page(result).select("#import-report li").eachText()).containsExactly(
                "shelter-north: imported, 2 services at 1 locations",
                "shelter-south: refused, agency_id is another agency's");
        assertThat(API.received("POST", "/api/referral/directory/import")).singleElement()
                .satisfies(sent -> assertThat(sent.body())
                        .isEqualTo("{\"organizations\":[{\"id\":\"shelter-north\",\"name\":\"Shelter North\"}]}"));
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithoutCallingThePlatform() {
        MvcTestResult result = mvc.post().uri("/administration/directory").multipart()
                .file(new MockMultipartFile("document", "directory.csv", "text/csv",
                        "id,name\nshelter-north,Shelter North".getBytes(StandardCharsets.UTF_8)))
                .with(admin()).with(csrf()).exchange();

        assertThat(page(result).selectFirst("#problem h2").text()).isEqualTo("The file is not a JSON document");
        assertThat(API.received("POST", "/api/referral/directory/import")).isEmpty();
    }
}
