package org.casemgmt.console.live;

import org.casemgmt.console.ConsoleWebTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page fetches again when its stream says a case changed. A change heard while the page is still fetching
 * for the previous one waits for that fetch to end (htmx queues it on the element that heard it); if that element
 * were the one the fetch replaces, the waiting fetch would belong to an element no longer on the page and never be
 * sent, and the page would stay one change behind (a referral "in progress" after its provider completed it). So the
 * element that listens stays, and the part it replaces lies inside it.
 */
class LiveSectionsTest extends ConsoleWebTest {

    private static final String NONE = """
            {"content": []}""";

    @Test
    void theCaseWorkersHomeScreenRefreshesItsQueueAndCaseloadInsideListenersThatStay() {
        API.get("/api/intake/intakes", NONE).get("/api/planning/plans", NONE).get("/api/intake/clients", NONE)
                .get("/api/referral/referrals", NONE).get("/api/monitoring/work-queue", "[]");

        assertEachLiveSectionReplacesOnlyWhatIsInsideIt(caseWorker(), "/", 2);
    }

    @Test
    void theCasePageRefreshesInsideAListenerThatStays() {
        anOpenCase();

        assertEachLiveSectionReplacesOnlyWhatIsInsideIt(caseWorker(), "/cases/case-1", 1);
    }

    @Test
    void theProvidersReferralsRefreshInsideAListenerThatStays() {
        API.get("/api/referral/referrals", NONE);

        assertEachLiveSectionReplacesOnlyWhatIsInsideIt(provider(), "/referrals", 1);
    }

    private void assertEachLiveSectionReplacesOnlyWhatIsInsideIt(RequestPostProcessor user, String uri, int sections) {
        Document page = page(mvc.get().uri(uri).with(user).exchange());
        Elements listeners = page.select("[hx-trigger^=sse:change]");

        assertThat(listeners).as("the parts of %s that live updates refresh", uri).hasSize(sections);
        for (Element listener : listeners) {
            String target = listener.attr("hx-target");
            assertThat(target).as("the part that %s replaces, inside it", listener.attr("hx-get")).isNotEmpty();
            assertThat(listener.select(target)).as("what %s replaces", target).singleElement()
                    .isNotSameAs(listener);
            MvcTestResult refreshed = mvc.get().uri(listener.attr("hx-get")).with(user).exchange();
            assertThat(refreshed).hasStatusOk();
            String selected = listener.hasAttr("hx-select") ? listener.attr("hx-select") : target;
            assertThat(page(refreshed).select(selected)).as("%s in the answer to %s", selected, listener.attr("hx-get"))
                    .singleElement().satisfies(part -> assertThat(part.select("[hx-trigger]")).isEmpty());
        }
    }
}
