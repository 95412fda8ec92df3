package org.casemgmt.platform.sample;

import java.util.ArrayList;
import java.util.List;

import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("sample_cases")
class SampleCase implements HasOutbox {

    @Id
    private String id;
    @Version
    private Long version;
    private String status;
    private List<PendingEvent> outbox = new ArrayList<>();

    SampleCase(String id) {
        this.id = id;
    }

    SampleCase() {
    }

    void open(PendingEvent opened) {
        status = "OPEN";
        outbox.add(opened);
    }

    String getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getStatus() {
        return status;
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }
}
