package org.casemgmt.intake.assessment;

/** The areas of a client's life the initial assessment looks at; programs say which of them they serve. */
public enum LifeDomain {
    HOUSING("housing"),
    INCOME("income"),
    PHYSICAL_HEALTH("physical health"),
    MENTAL_HEALTH("mental health"),
    SAFETY("safety"),
    LEGAL("legal matters"),
    EDUCATION_EMPLOYMENT("education and employment"),
    FAMILY_SOCIAL("family and social life");

    private final String label;

    LifeDomain(String label) {
        this.label = label;
    }

    /** How a case worker says it to a client. */
    public String label() {
        return label;
    }
}
