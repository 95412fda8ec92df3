package org.casemgmt.console.live;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.casemgmt.console.ConsoleWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

class LiveStreamTest extends ConsoleWebTest {

    private static final String ACCEPTED = "event:change\ndata:\\d\\d:\\d\\d:\\d\\d: Referral accepted\n\n";

    @Autowired
    LiveUpdates updates;

    private final List<MvcTestResult> streams = new ArrayList<>();

    @AfterEach
    void closeThePages() {
        streams.forEach(stream -> stream.getRequest().getAsyncContext().complete());
    }

    @Test
    void aSignedInPageGetsAnEventStreamThatStaysOpen() {
        MvcTestResult stream = open("/live?cases=case-1", caseWorker());

        assertThat(stream).request().hasAsyncStarted(true);
        assertThat(stream.getResponse().getContentType()).startsWith("text/event-stream");
        assertThat(content(stream)).isEmpty();
    }

    @Test
    void aChangeReachesThePagesShowingItsCaseOrNamingTheirAgencyAndNoOther() {
        MvcTestResult showingTheCase = open("/live?cases=case-3, case-1", caseWorker());
        MvcTestResult ofTheReceivingAgency = open("/live", provider());
        MvcTestResult showingAnother = open("/live?cases=case-2",
                signedInAs("worker.bo", "agency-south", "CASE_WORKER"));

        updates.publish(new CaseChange("referral.accepted", "case-1", Set.of("shelter-north"), NOW));

        assertThat(content(showingTheCase)).matches(ACCEPTED);
        assertThat(content(ofTheReceivingAgency)).matches(ACCEPTED);
        assertThat(content(showingAnother)).isEmpty();
    }

    @Test
    void aPageHearsOfWhatChangedBetweenBeingPutTogetherAndOpeningItsStream() {
        updates.publish(new CaseChange("referral.accepted", "case-5", Set.of(), NOW));

        MvcTestResult late = open("/live?cases=case-5&since=" + NOW.minusSeconds(1).toEpochMilli(), caseWorker());
        MvcTestResult current = open("/live?cases=case-5&since=" + NOW.toEpochMilli(), caseWorker());

        assertThat(content(late)).matches(ACCEPTED);
        assertThat(content(current)).isEmpty();
    }

    private MvcTestResult open(String uri, RequestPostProcessor user) {
        MvcTestResult stream = mvc.get().uri(uri).with(user).asyncExchange();
        streams.add(stream);
        return stream;
    }

    private static String content(MvcTestResult stream) {
        try {
            return stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
