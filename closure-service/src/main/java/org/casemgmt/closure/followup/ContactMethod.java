package org.casemgmt.closure.followup;

/** How a follow-up contact was made (HMIS RHY R20 aftercare methods). */
public enum ContactMethod {
    PHONE, EMAIL_OR_SOCIAL, IN_PERSON_INDIVIDUAL, IN_PERSON_GROUP
}
