package org.casemgmt.platform.casefile;

import java.time.Instant;
import java.util.List;

import org.casemgmt.platform.consent.ClientConsents;
import org.casemgmt.platform.consent.ConsentRecord;
import org.casemgmt.platform.inbox.AppliesEvents;
import org.casemgmt.platform.inbox.ProcessedEventIds;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * What every stage downstream of intake knows of a case from intake's events, kept in the stage's own case file
 * (which adds what it needs of the other stages): whose client, which agency and program, how urgent, who manages it,
 * when it opened, and the client's consents. Intake's events travel on different topics and may arrive in any order,
 * so a file is started by whichever comes first; the case counts as known once case.opened has arrived.
 */
public abstract class KnownCase implements AppliesEvents {

    @Id
    private String caseId;
    @Version
    private Long version;
    @Indexed
    private String clientId;
    @Indexed
    private String agencyId;
    private String programId;
    private String priority;
    private String caseManager;
    private Instant openedAt;
    private ClientConsents consents = new ClientConsents();
    private boolean clientErased;
    private ProcessedEventIds processedEvents = new ProcessedEventIds();

    protected KnownCase() {
    }

    protected KnownCase(String caseId) {
        this.caseId = caseId;
    }

    public void opened(String clientId, String agencyId, String programId, String priority, String caseManager,
                       ConsentRecord consentInForce, Instant openedAt) {
        this.clientId = clientId;
        this.agencyId = agencyId;
        this.programId = programId;
        this.priority = priority;
        this.caseManager = caseManager;
        this.openedAt = openedAt;
        if (consentInForce != null) {
            consentGranted(clientId, consentInForce);
        }
    }

    public void consentGranted(String clientId, ConsentRecord consent) {
        if (this.clientId == null) {
            this.clientId = clientId;
        }
        consents.granted(consent);
    }

    public void consentWithdrawn(String clientId, String consentId, Instant at) {
        if (this.clientId == null) {
            this.clientId = clientId;
        }
        consents.withdrawn(consentId, at);
    }

    public void clientErased() {
        clientErased = true;
    }

    /** Whether the client's consent lets their data go to {@code agency} at {@code at}. */
    public boolean consentCovers(String agency, Instant at) {
        return consents.cover(agency, at);
    }

    /** The consent under which the client's data may go to {@code agency} at {@code at}, or a 409 naming why not. */
    public ConsentRecord consentFor(String agency, Instant at) {
        return consents.require(agency, at);
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    public String getCaseId() {
        return caseId;
    }

    public Long getVersion() {
        return version;
    }

    public String getClientId() {
        return clientId;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public String getProgramId() {
        return programId;
    }

    public String getPriority() {
        return priority;
    }

    public String getCaseManager() {
        return caseManager;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public boolean isClientErased() {
        return clientErased;
    }

    public List<ConsentRecord> getConsents() {
        return consents.records();
    }

    @Override
    public ProcessedEventIds processedEvents() {
        return processedEvents;
    }

    @Override
    public RecordOnFile recordOnFile() {
        return new RecordOnFile("case file", caseId, caseId, agencyId);
    }
}
