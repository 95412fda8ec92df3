package org.casemgmt.platform.documents;

/** What a case document is: the kinds the seeds' stages collect, as codes that travel on document.attached. */
public enum DocumentType {
    /** A scan of the client's ID, birth certificate, residence permit. */
    IDENTITY_DOCUMENT,
    /** A signed consent or release-of-information form. */
    CONSENT_FORM,
    /** A completed assessment or screening form. */
    ASSESSMENT,
    /** Evidence of progress or of a goal met: a tenancy agreement, a certificate, a pay slip. */
    EVIDENCE,
    /** Letters to and from the client or other agencies. */
    CORRESPONDENCE,
    /** A referral letter or a provider's report. */
    REFERRAL_LETTER,
    /** The letter that tells the client their case closed, and what follows. */
    CLOSURE_LETTER,
    OTHER
}
