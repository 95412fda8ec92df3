package org.casemgmt.monitoring.instrument;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One version of an instrument as stored, under {@code <id>:<version>}; never changed once stored. */
@Document("instruments")
class InstrumentVersion {

    @Id
    private String key;
    private Instrument definition;
    private Instant storedAt;

    InstrumentVersion() {
    }

    static InstrumentVersion of(Instrument definition, Instant at) {
        InstrumentVersion stored = new InstrumentVersion();
        stored.key = definition.key();
        stored.definition = definition;
        stored.storedAt = at;
        return stored;
    }

    Instrument definition() {
        return definition;
    }
}
