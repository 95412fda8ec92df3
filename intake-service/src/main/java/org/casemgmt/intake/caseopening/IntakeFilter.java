package org.casemgmt.intake.caseopening;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Query parameters of the intake list; each is optional. Start dates are UTC days, both inclusive. There is no agency
 * parameter: a list holds only the caller's agency's intakes.
 */
record IntakeFilter(IntakeStatus status,
                    String clientId,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedFrom,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedTo) {
}
