package org.casemgmt.planning.template;

import java.util.Arrays;
import java.util.Optional;

/** How severe an assessed need is, least first, as intake's assessment grades it. */
public enum Severity {
    NONE,
    LOW,
    MODERATE,
    HIGH,
    CRISIS;

    /** Empty for a grade this version does not know: the contract lets intake add grades. */
    static Optional<Severity> of(String grade) {
        return Arrays.stream(values()).filter(severity -> severity.name().equals(grade)).findFirst();
    }
}
