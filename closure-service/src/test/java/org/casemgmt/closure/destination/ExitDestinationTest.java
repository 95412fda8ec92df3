package org.casemgmt.closure.destination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The exit destinations as a partner's HMIS reads them: HUD's FY2024 living situation codes and their groups. */
class ExitDestinationTest {

    /** HMIS 3.12 (FY2024), as case.closed and outcome.evaluated publish them. */
    private static final Map<DestinationCategory, Integer[]> HMIS_CODES = Map.of(
            DestinationCategory.HOMELESS, new Integer[] {116, 101, 118},
            DestinationCategory.INSTITUTIONAL, new Integer[] {215, 206, 207, 225, 204, 205},
            DestinationCategory.TEMPORARY, new Integer[] {302, 329, 314, 332, 312, 313, 327, 336, 335},
            DestinationCategory.PERMANENT, new Integer[] {422, 423, 426, 410, 435, 421, 411},
            DestinationCategory.OTHER, new Integer[] {30, 17, 24, 37, 8, 9, 99});

    @Test
    void everyHmisDestinationCodeIsKnownOnceAndInItsHudGroup() {
        Map<Integer, ExitDestination> byCode = Arrays.stream(ExitDestination.values())
                .collect(Collectors.toMap(ExitDestination::code, Function.identity()));

        assertThat(byCode).as("one destination per code").hasSize(ExitDestination.values().length);
        HMIS_CODES.forEach((category, codes) -> assertThat(codes).allSatisfy(code -> {
            assertThat(byCode).containsKey(code);
            assertThat(byCode.get(code).category()).as("code %s", code).isEqualTo(category);
        }));
        assertThat(HMIS_CODES.values().stream().mapToInt(codes -> codes.length).sum())
                .as("no destination beyond HUD's list").isEqualTo(ExitDestination.values().length);
    }

    @Test
    void aRentalWithoutSubsidyIsCode410APermanentDestination() {
        ExitDestination rental = ExitDestination.ofCode(410).orElseThrow();

        assertThat(rental).isEqualTo(ExitDestination.RENTAL_NO_SUBSIDY);
        assertThat(rental.category()).isEqualTo(DestinationCategory.PERMANENT);
        assertThat(rental.label()).isEqualTo("Rental by client, no ongoing housing subsidy");
    }

    @Test
    void aClosureWithoutAnExitInterviewRecordsCode30() {
        assertThat(ExitDestination.ofCode(30)).contains(ExitDestination.NO_EXIT_INTERVIEW);
        assertThat(ExitDestination.NO_EXIT_INTERVIEW.label()).isEqualTo("No exit interview completed");
        assertThat(ExitDestination.NO_EXIT_INTERVIEW.category()).isEqualTo(DestinationCategory.OTHER);
    }

    @Test
    void everyDestinationReadsBackFromItsOwnCodeWithALabel() {
        assertThat(ExitDestination.values()).allSatisfy(destination -> {
            assertThat(ExitDestination.ofCode(destination.code())).contains(destination);
            assertThat(destination.label()).isNotBlank();
        });
    }

    @Test
    void aCodeHudDoesNotDefineIsNoDestination() {
        assertThat(ExitDestination.ofCode(0)).isEmpty();
        assertThat(ExitDestination.ofCode(100)).isEmpty();
        assertThat(ExitDestination.ofCode(-410)).isEmpty();
    }
}
