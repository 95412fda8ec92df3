package org.casemgmt.console.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import static org.assertj.core.api.Assertions.assertThat;

class LiveUpdatesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final LiveUpdates updates = new LiveUpdates(new KafkaProperties(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void eachPageIsToldOfTheChangesItMayCareAbout() {
        Page showingTheCase = page("agency-north", "case-1");
        Page ofTheAgency = page("shelter-north");
        Page elsewhere = page("agency-south", "case-2");

        updates.publish(new CaseChange("referral.requested", "case-1", Set.of("shelter-north"), NOW));

        assertThat(showingTheCase.heard).extracting(CaseChange::topic).containsExactly("referral.requested");
        assertThat(ofTheAgency.heard).extracting(CaseChange::topic).containsExactly("referral.requested");
        assertThat(elsewhere.heard).isEmpty();
    }

    @Test
    void aPageThatIsGoneIsForgottenAndTheOthersStillHear() {
        Page gone = page("agency-north", "case-1");
        gone.gone = true;
        Page open = page("agency-north", "case-1");

        updates.publish(new CaseChange("contact.recorded", "case-1", Set.of(), NOW));
        gone.gone = false;
        updates.publish(new CaseChange("note.recorded", "case-1", Set.of(), NOW));

        assertThat(gone.heard).isEmpty();
        assertThat(open.heard).extracting(CaseChange::topic).containsExactly("contact.recorded", "note.recorded");
    }

    @Test
    void aPageThatStoppedListeningHearsNothing() {
        Page closed = page("agency-north", "case-1");
        updates.stopListening(closed);

        updates.publish(new CaseChange("contact.recorded", "case-1", Set.of("agency-north"), NOW));

        assertThat(closed.heard).isEmpty();
    }

    private Page page(String agency, String... cases) {
        Page page = new Page(agency, Set.of(cases));
        updates.listen(page);
        return page;
    }

    private static final class Page implements LiveUpdates.Listener {

        private final String agency;
        private final Set<String> cases;
        private final List<CaseChange> heard = new ArrayList<>();
        private boolean gone;

        Page(String agency, Set<String> cases) {
            this.agency = agency;
            this.cases = cases;
        }

        @Override
        public String agency() {
            return agency;
        }

        @Override
        public Set<String> cases() {
            return cases;
        }

        @Override
        public void changed(CaseChange change) throws IOException {
            if (gone) {
                throw new IOException("the browser went away");
            }
            heard.add(change);
        }
    }
}
