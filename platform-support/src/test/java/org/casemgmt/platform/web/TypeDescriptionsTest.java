package org.casemgmt.platform.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypeDescriptionsTest {

    enum PlanStatus { DRAFT, SUBMITTED, APPROVED }

    /** FHIR-style codes, as referral's decline reasons are written on the wire. */
    enum Coded {
        NO_CAPACITY("no-capacity"), NOT_ELIGIBLE("not-eligible");

        private final String code;

        Coded(String code) {
            this.code = code;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        String code() {
            return code;
        }
    }

    enum Named {
        @com.fasterxml.jackson.annotation.JsonProperty("temporarily closed") TEMPORARILY_CLOSED,
        ACTIVE
    }

    @Test
    void anEnumListsItsValuesInOrder() {
        assertThat(TypeDescriptions.mustBe(PlanStatus.class)).isEqualTo("must be one of DRAFT, SUBMITTED, APPROVED");
    }

    @Test
    void anEnumWrittenUnderOtherNamesListsThoseNames() {
        assertThat(TypeDescriptions.mustBe(Coded.class)).isEqualTo("must be one of no-capacity, not-eligible");
        assertThat(TypeDescriptions.mustBe(Named.class)).isEqualTo("must be one of temporarily closed, ACTIVE");
    }

    @Test
    void datesNumbersAndFlagsAreDescribedByExampleNeverByTheirJavaClass() {
        assertThat(TypeDescriptions.mustBe(LocalDate.class)).isEqualTo("must be a date like 2026-03-14");
        assertThat(TypeDescriptions.mustBe(Instant.class))
                .isEqualTo("must be a date and time with its offset, like 2026-03-14T09:30:00Z");
        assertThat(TypeDescriptions.mustBe(long.class)).isEqualTo("must be a whole number");
        assertThat(TypeDescriptions.mustBe(BigDecimal.class)).isEqualTo("must be a number");
        assertThat(TypeDescriptions.mustBe(Boolean.class)).isEqualTo("must be true or false");
        assertThat(TypeDescriptions.mustBe(UUID.class)).startsWith("must be a UUID like ");
    }

    @Test
    void anUnknownOrMissingTypeIsStillNotNamed() {
        assertThat(TypeDescriptions.mustBe(TypeDescriptionsTest.class)).doesNotContain("TypeDescriptionsTest", "org.");
        assertThat(TypeDescriptions.mustBe(null)).isEqualTo("has a value of the wrong kind");
    }
}
