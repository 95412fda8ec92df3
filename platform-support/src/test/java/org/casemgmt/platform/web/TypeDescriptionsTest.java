package org.casemgmt.platform.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypeDescriptionsTest {

    enum PlanStatus { DRAFT, SUBMITTED, APPROVED }

    @Test
    void anEnumListsItsValuesInOrder() {
        assertThat(TypeDescriptions.mustBe(PlanStatus.class)).isEqualTo("must be one of DRAFT, SUBMITTED, APPROVED");
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
