package org.casemgmt.console.home;

import java.time.Duration;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageTest extends ConsoleWebTest {

    @Test
    void aCaseWorkerSeesTheirOpenCasesWithRiskStageAndTheTimeAProviderHasLeftToAnswerAndTheirQueue() {
        API.get("/api/intake/intakes", """
                {"content": [
                  {"id": "case-1", "clientId": "client-1", "programId": "housing-first", "caseManager": "worker.alex",
                   "riskLevel": "HIGH", "priority": "HIGH", "status": "OPENED", "decidedAt": "%s"},
                  {"id": "case-2", "clientId": "client-2", "programId": "housing-first", "caseManager": "worker.bo",
                   "riskLevel": "LOW", "priority": "LOW", "status": "OPENED", "decidedAt": "%s"}]}"""
                .formatted(NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(3))))
                .get("/api/planning/plans", """
                        {"content": [{"id": "plan-1", "caseId": "case-1", "status": "APPROVED"}]}""")
                .get("/api/intake/clients", """
                        {"content": [
                          {"id": "client-1", "givenName": "María", "familyName": "García", "status": "ACTIVE"},
                          {"id": "client-2", "givenName": "Ana", "familyName": "Ruiz", "status": "ACTIVE"}]}""")
                .get("/api/monitoring/cases/case-1/reviews", """
                        {"lastContactAt": "%s", "next": {"dueAt": "%s"}}"""
                        .formatted(NOW.minus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(5))))
                .get("/api/monitoring/cases/case-1/assessments", """
                        {"content": [{"instrumentId": "PHQ-9", "band": "moderate", "totalScore": 11, "change": -3}]}""")
                .get("/api/referral/referrals", """
                        {"content": [
                          {"id": "ref-1", "caseId": "case-1", "organizationName": "Shelter North",
                           "status": "requested", "respondBy": "%s"},
                          {"id": "ref-0", "caseId": "case-1", "organizationName": "Food Bank", "status": "completed"},
                          {"id": "ref-2", "caseId": "case-2", "organizationName": "Food Bank", "status": "accepted"}]}"""
                        .formatted(NOW.plus(Duration.ofHours(3).plusMinutes(30))))
                .get("/api/closure/cases/case-1", """
                        {"caseId": "case-1", "status": "OPEN", "requests": []}""")
                .get("/api/monitoring/work-queue", """
                        [{"id": "task-1", "kind": "REVIEW_DUE", "caseId": "case-1", "urgency": "HIGH",
                          "status": "OPEN", "dueAt": "%s"}]""".formatted(NOW.plus(Duration.ofDays(2))));

        MvcTestResult home = mvc.get().uri("/").with(caseWorker()).exchange();

        assertThat(home).hasStatusOk();
        Document page = page(home);
        assertThat(page.select("h1").text()).isEqualTo("Needs you now, worker.alex");
        assertThat(page.select("table.caseload tbody tr")).singleElement().satisfies(row -> {
            assertThat(row.selectFirst("th a").text()).isEqualTo("María García");
            assertThat(row.selectFirst("th a").attr("href")).isEqualTo("/cases/case-1");
            Element risk = row.selectFirst(".badge.risk-high");
            assertThat(risk).isNotNull();
            assertThat(risk.text()).isEqualTo("High");
            assertThat(row.select("td").get(1).text()).isEqualTo("Receiving services");
            assertThat(row.select("td").get(2).text()).isEqualTo("10");
            assertThat(row.select("td").get(3).text()).isEqualTo("5 Dec 2026").doesNotContain("Stale");
            assertThat(row.select("td").get(5).select("li")).singleElement().satisfies(referral -> {
                assertThat(referral.text()).startsWith("Shelter North waiting for an answer");
                assertThat(referral.selectFirst(".deadline").text()).isEqualTo("3 h 30 min left");
                assertThat(referral.selectFirst(".deadline").hasClass("soon")).isTrue();
            });
            assertThat(row.select("td").get(6).text()).isEqualTo("PHQ-9 11 moderate ▲ better");
        });
        assertThat(page.select("#queue-section li")).singleElement().satisfies(task -> {
            assertThat(task.selectFirst("a").attr("href")).isEqualTo("/cases/case-1#review");
            assertThat(task.selectFirst("a").text()).isEqualTo("Review due María García");
            assertThat(task.selectFirst(".deadline").text()).isEqualTo("2 d left");
        });
        assertThat(API.received()).allSatisfy(call -> assertThat(call.authorization()).startsWith("Bearer ey"));
    }

    @Test
    void aProviderIsSentToTheReferralsAddressedToThem() {
        MvcTestResult home = mvc.get().uri("/").with(provider()).exchange();

        assertThat(home).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/referrals");
        assertThat(API.received()).isEmpty();
    }
}
