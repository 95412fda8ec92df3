package org.casemgmt.e2e;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console in a real browser (Debian's Chromium, headless), on the platform the end-to-end tests share: a case
 * from registration to closure and re-opening, the people who do the work each in their own browser (worker.alex,
 * supervisor.sam, provider.pat), and another agency's worker who sees none of it. The screenshots under
 * {@code target/console-screenshots} are the run's artefacts. First of the end-to-end classes: its home screens assume
 * worker.alex has no other case yet, and it wants stages that no test has killed.
 */
@Order(1)
@ExtendWith(SharedPlatform.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleInBrowserE2EIT {

    private static final String PASSWORD = "demo";
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private Browser alex;
    private Browser sam;
    /** No name or birth date like the other end-to-end tests' clients, which would make the first registration a duplicate. */
    private final String familyName = "Nwosu-" + UUID.randomUUID().toString().substring(0, 8);
    private String caseId;

    private URI console;

    /** The console's address: the gateway's, with /console/. */
    URI console() {
        return console;
    }

    @BeforeAll
    void signInTheCaseWorker(SharedPlatform shared) {
        console = URI.create(shared.platform().gatewayUrl().orElseThrow() + "/console/");
        alex = Browser.signedIn(console(), "worker.alex", PASSWORD, SCREENSHOTS);
        // A stage still catching up after the start: the walk starts once the home screen is whole.
        alex.awaitReloading("#caseload-section", "My caseload");
    }

    @AfterAll
    void closeTheBrowsers() {
        for (Browser browser : new Browser[] {alex, sam}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    @Order(1)
    void aCaseWorkerRegistersAClientIsWarnedOfADuplicateAndOpensTheCase() {
        // A birth date of its own, so that only the second registration here looks like someone known.
        String birthDate = LocalDate.of(1985, 1, 1).plusDays(new java.util.Random().nextInt(3000)).toString();
        register(birthDate);
        alex.awaitText(".notice", "Client registered");
        String clientUrl = alex.url();

        register(birthDate);
        alex.awaitText("#duplicates-heading", "may be someone already registered");
        assertThat(alex.one(".candidate").getText()).contains("Amara " + familyName, birthDate);
        assertThat(alex.accessibilityFindings()).as("the registration form with the duplicate warning").isEmpty();
        alex.screenshot("02-duplicate-warning");
        alex.click(alex.one(".candidate a"));
        alex.awaitUrl(clientUrl);

        alex.choose("programId", "housing-first");
        alex.press("#main", "Start the intake");
        alex.awaitUrl("/intakes/");
        caseId = alex.url().replaceAll(".*/intakes/([^/#?]+).*", "$1");

        alex.choose("severity-HOUSING", "HIGH");
        alex.fill("summary-HOUSING", "Eviction notice for the end of the month");
        alex.choose("severity-INCOME", "MODERATE");
        alex.fill("riskType", "EVICTION");
        alex.choose("riskLevel", "HIGH");
        alex.fill("householdSize", "three");
        alex.press("#assessment", "Save the assessment");
        alex.awaitText("#problem", "householdSize");
        assertThat(alex.one("#circumstances-householdSize-error").getText()).as("the API's message, by its field")
                .isNotBlank();
        assertThat(alex.accessibilityFindings()).as("the intake with a refused field").isEmpty();
        alex.click(alex.one("#problem a"));
        assertThat(alex.focusedId()).as("the summary's link takes the focus to the nested field").isEqualTo("householdSize");
        alex.fill("householdSize", "3");
        alex.fill("monthlyIncome", "1250.50");
        alex.fill("residencyArea", "North");
        alex.press("#assessment", "Save the assessment");
        alex.awaitText(".notice", "Assessment saved");

        alex.fill("purpose", "Coordinate housing and income support with partner agencies");
        alex.tick("share-shelter-north");
        alex.date("expiresAt", LocalDate.now().plusYears(1).toString());
        alex.press("#consent", "Record the consent");
        alex.awaitText(".notice", "Consent recorded");
        alex.press("#eligibility", "Check eligibility");
        alex.awaitText("#eligibility", "Eligible for housing-first");
        alex.press("#decision", "Open the case");
        alex.awaitUrl("/cases/" + caseId);
        alex.awaitText(".notice", "The case is open");
        assertThat(alex.one("#consent-banner").getText()).contains("shelter-north");
    }

    @Test
    @Order(2)
    void thePlanShowsUpByItselfIsEditedSubmittedAndApprovedByTheSupervisor() {
        // No reload: the page hears plan.drafted on its live stream and fetches itself again.
        alex.awaitText("#plan", "Version 1: draft");
        alex.press("#plan .goal", "Edit this goal");
        alex.awaitUrl("/plan/goals/");
        alex.fill("statement", "Get my own flat near my kids' school");
        alex.fill("objectives-0-target", "");
        alex.press("#main", "Save");
        alex.one(".field-error");
        alex.fill("objectives-0-target", "28");
        alex.tick("agreedByClient");
        alex.press("#main", "Save");
        alex.awaitText(".notice", "Goal saved");
        assertThat(alex.one("#plan").getText()).contains("Get my own flat near my kids' school");
        alex.press("#plan", "Submit for approval");
        alex.awaitText("#plan", "submitted for approval");

        sam = Browser.signedIn(console(), "supervisor.sam", PASSWORD, SCREENSHOTS);
        sam.awaitText("#queue-section", "Plan to approve");
        sam.press("#queue-section", "Plan to approve Amara " + familyName);
        sam.awaitUrl("/cases/" + caseId);
        sam.press("#plan", "Approve the plan");
        sam.awaitText(".notice", "Plan approved");
        alex.awaitText("#plan", "approved");
    }

    @Test
    @Order(3)
    void anAlertAndAReferralWaitOnTheHomeScreenAndTheProviderAnswersSeeingOnlyItsOwnReferrals() {
        alex.expand("administer");
        alex.choose("instrumentId", "PHQ-9");
        alex.press("#administer", "Administer");
        alex.awaitUrl("/assessments/new");
        alex.tick("item-1-2");
        alex.tick("item-2-2");
        alex.tick("item-9-1");
        alex.press("#main", "Score it");
        alex.awaitText(".notice", "PHQ-9 scored 5: mild");
        assertThat(alex.one("#assessments").getText()).contains("Alert");

        alex.press("#referrals", "Find providers and refer");
        alex.awaitUrl("/providers");
        WebElement shelter = alex.one("[data-service-id='shelter-north-transitional-housing']");
        assertThat(shelter.getText()).contains("Consent covers this agency");
        shelter.findElement(org.openqa.selenium.By.tagName("textarea")).sendKeys("Eviction at the end of the month");
        alex.click(shelter.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")));
        alex.awaitText(".notice", "Referral sent");
        assertThat(alex.one("#referrals").getText()).contains("waiting for an answer", "left");
        alex.open("/");
        alex.awaitText("#queue-section", "Score alert");
        assertThat(alex.one("tr[data-case-id='" + caseId + "']").getText()).contains("Amara " + familyName, "High",
                "Receiving services", "Shelter North", "left", "PHQ-9 5", "mild");
        assertThat(alex.accessibilityFindings()).as("the home screen").isEmpty();
        alex.screenshot("01-home");
        alex.open("/cases/" + caseId);

        try (Browser pat = Browser.signedIn(console(), "provider.pat", PASSWORD, SCREENSHOTS)) {
            pat.awaitUrl("/referrals");
            pat.awaitText("#incoming", "Eviction at the end of the month");
            assertThat(pat.all(".referral-card")).as("only the referrals addressed to Shelter North")
                    .allSatisfy(card -> assertThat(card.getText()).contains("transitional housing"));
            assertThat(pat.mainText()).doesNotContain(familyName).as("a provider never reads the client's name");
            assertThat(pat.accessibilityFindings()).as("the provider's referrals").isEmpty();
            pat.screenshot("04-provider-referrals");
            pat.press(".referral-card[data-status='requested']", "Accept");
            pat.awaitText(".notice", "Referral accepted");
            alex.awaitText("#care-team", "provider.pat");
            pat.press(".referral-card[data-status='accepted']", "Service started");
            pat.awaitText(".notice", "Service started");
            pat.press(".referral-card[data-status='in-progress']", "Complete");
            pat.awaitText(".notice", "the loop is closed");
            String beds = "shelter-north-transitional-housing";
            pat.fill("available-" + beds, "4");
            pat.press("#service-" + beds, "Report this capacity");
            pat.awaitText(".notice", "Capacity reported");
            assertThat(pat.one("#service-" + beds + " p").getText()).startsWith("4 of 20");

            pat.open("/cases/" + caseId);
            assertThat(pat.mainText()).contains("not permitted").doesNotContain(familyName);
        }
        alex.awaitText("#referrals", "completed");
        alex.awaitText("#care-team", "no longer on the team");
    }

    @Test
    @Order(4)
    void theCaseWorkerRecordsAContactAMeasurementAndTheReview() {
        alex.open("/cases/" + caseId);
        alex.expand("contacts");
        alex.choose("medium", "PHONE");
        alex.fill("durationMinutes", "20");
        alex.fill("summary", "Talked about the flat viewing on Friday");
        alex.press("#contacts", "Record a contact");
        alex.awaitText(".notice", "Contact recorded");
        assertThat(alex.one("#journal .contacts").getText()).contains("Phone, reached: Talked about the flat viewing");
        alex.expand("note");
        alex.fill("note-text", "Worried about the deposit; asked the shelter about its hardship fund");
        alex.tick("note-confidential");
        alex.press("#note", "Save the note");
        alex.awaitText(".notice", "Progress note saved");
        assertThat(alex.one("#journal .notes").getText()).contains("confidential", "Worried about the deposit");

        alex.expand("progress");
        alex.fill("value", "30");
        alex.press("#progress", "Record the measurement");
        alex.awaitText(".notice", "Measurement recorded");
        assertThat(alex.all("#plan svg.spark")).isNotEmpty();

        alex.expand("attach");
        alex.attach("document-file", "consent-signed.pdf",
                "%PDF-1.4\n% Consent to share with shelter-north, signed\n%%EOF\n");
        alex.choose("document-type", "CONSENT_FORM");
        alex.fill("document-title", "Signed consent form");
        alex.press("#attach", "Attach it");
        alex.awaitText(".notice", "Document attached");
        assertThat(alex.one("#documents").getText()).contains("Signed consent form", "Consent form");
        alex.expand("attach");
        alex.attach("document-file", "invoice.pdf",
                "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");
        alex.fill("document-title", "Invoice");
        alex.press("#attach", "Attach it");
        alex.awaitText("#documents .problem", "Eicar");

        alex.expand("complete-review");
        alex.choose("review-outcome", "CONTINUE");
        alex.fill("review-notes", "Housing on track");
        alex.press("#complete-review", "Complete the review");
        alex.awaitText(".notice", "Review completed");
        alex.awaitText("#timeline", "Review completed");
        assertThat(alex.accessibilityFindings()).as("the case page").isEmpty();
        alex.screenshot("03-case-page-with-timeline");
    }

    @Test
    @Order(5)
    void theCaseIsClosedWithASupervisorsApprovalThenReopened() {
        assertThat(alex.one("#closure").getText()).contains("Ready to close?", "not met");
        alex.expand("transition");
        alex.choose("destinationCode", "410");
        alex.tick("followUpContactAgreed");
        alex.press("#transition", "Save the transition plan");
        alex.awaitText(".notice", "Transition plan saved");

        alex.expand("request-closure");
        alex.choose("closure-outcome", "PARTIALLY_ACHIEVED");
        alex.choose("closure-reason", "TRANSFERRED");
        alex.fill("overrideReason", "The client moved to another region; the agency there takes over");
        alex.press("#request-closure", "Ask a supervisor to close it");
        alex.awaitText("#main", "Closure asked for");

        sam.open("/");
        sam.awaitText("#queue-section", "Closure to approve");
        sam.open("/cases/" + caseId);
        sam.press("#closure", "Approve the closure");
        sam.awaitText(".notice", "The case is closed");

        alex.awaitText("#closure", "This case is closed");
        // What the case is updates live; the forms beside it, which may hold what the user is typing, on a new load.
        alex.open("/cases/" + caseId);
        alex.press("#reopen", "Re-open the case");
        alex.awaitText(".notice", "open again");

        // Intake counts the case open again once it has consumed closure's case.reopened, after the event the console
        // heard: a page rendered in between shows that only on the next load.
        alex.open("/");
        alex.awaitReloading("#caseload-section", "Amara " + familyName);
    }

    @Test
    @Order(6)
    void anotherAgencysWorkerSeesNothingOfTheCase() {
        try (Browser bo = Browser.signedIn(console(), "worker.bo", PASSWORD, SCREENSHOTS)) {
            assertThat(bo.mainText()).contains("Needs you now, worker.bo").doesNotContain(familyName);
            bo.open("/cases/" + caseId);
            assertThat(bo.mainText()).contains("Not found").doesNotContain(familyName);
            bo.open("/clients?name=" + familyName);
            assertThat(bo.mainText()).contains("No client found");
            bo.screenshot("05-other-agency");
        }
    }

    @Test
    @Order(7)
    /** Not the webhooks page: partner-service, which keeps webhooks, is not on this platform. */
    void anAdministratorAndAnAuditorFindTheirPagesOnThePlatformsAnswers() {
        try (Browser ada = Browser.signedIn(console(), "admin.ada", PASSWORD, SCREENSHOTS)) {
            ada.open("/retention");
            ada.awaitText("#policies", "By default:");
            assertThat(ada.accessibilityFindings()).as("the retention page").isEmpty();
            ada.open("/administration");
            ada.awaitText("#programs", "A case worker may approve their own plan");
            assertThat(ada.accessibilityFindings()).as("the administration page").isEmpty();
        }
        try (Browser ari = Browser.signedIn(console(), "auditor.ari", PASSWORD, SCREENSHOTS)) {
            ari.awaitUrl("/audit");
            ari.awaitText("#verification", "The trail is intact");
            assertThat(ari.all("table.audit tbody tr")).as("the intake trail's latest page").isNotEmpty();
            assertThat(ari.accessibilityFindings()).as("the audit trail").isEmpty();
            ari.screenshot("06-audit-trail");
        }
    }

    private void register(String birthDate) {
        alex.open("/clients/new");
        alex.fill("givenName", "Amara");
        alex.fill("familyName", familyName);
        alex.date("birthDate", birthDate);
        alex.press("#main", "Register");
    }
}
