package org.casemgmt.partner.feed;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import tools.jackson.databind.json.JsonMapper;

/** The consent store's values as JSON, in its changelog topic too: readable by whoever restores or inspects it. */
final class ConsentStateSerde {

    private ConsentStateSerde() {
    }

    static Serde<CaseConsents> with(JsonMapper json) {
        return Serdes.serdeFrom(
                (topic, consents) -> consents == null ? null : json.writeValueAsBytes(consents),
                (topic, bytes) -> bytes == null ? null : json.readValue(bytes, CaseConsents.class));
    }
}
