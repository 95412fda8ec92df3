package org.casemgmt.intake.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DuplicateClientCheckTest {

    private static final LocalDate BIRTH_DATE = LocalDate.of(1985, 3, 14);

    private final DuplicateClientCheck check = new DuplicateClientCheck();

    private final ClientProfile mariaGarcia = new ClientProfile("existing-1", "María", "García López", BIRTH_DATE,
            List.of(new Identifier("NATIONAL_ID", "AB-123 456")));

    @Test
    void theSameIdentifierIsADuplicateWhateverTheNameAndBirthDate() {
        ClientProfile applicant = new ClientProfile(null, "Completely", "Different", LocalDate.of(2000, 1, 1),
                List.of(new Identifier("national_id", "ab123456")));

        List<DuplicateCandidate> candidates = check.candidates(applicant, List.of(mariaGarcia));

        assertThat(candidates).singleElement().satisfies(candidate -> {
            assertThat(candidate.clientId()).isEqualTo("existing-1");
            assertThat(candidate.matchedOn()).containsExactly(MatchedOn.IDENTIFIER);
            assertThat(candidate.score()).isEqualTo(1.0);
        });
    }

    @Test
    void theSameIdentifierValueOfAnotherTypeIsNotAMatch() {
        ClientProfile applicant = new ClientProfile(null, "Somebody", "Else", LocalDate.of(2000, 1, 1),
                List.of(new Identifier("AGENCY_FILE", "AB123456")));

        assertThat(check.candidates(applicant, List.of(mariaGarcia))).isEmpty();
    }

    @Test
    void theSameNameWrittenWithoutAccentsOrCaseOnTheSameBirthDateIsADuplicate() {
        ClientProfile applicant = new ClientProfile(null, "MARIA", "garcia lopez", BIRTH_DATE, List.of());

        assertThat(check.candidates(applicant, List.of(mariaGarcia))).singleElement().satisfies(candidate -> {
            assertThat(candidate.matchedOn()).contains(MatchedOn.SIMILAR_NAME, MatchedOn.BIRTH_DATE);
            assertThat(candidate.score()).isEqualTo(1.0);
        });
    }

    @Test
    void aTypoInTheNameOnTheSameBirthDateIsADuplicate() {
        ClientProfile applicant = new ClientProfile(null, "Maria", "Garcia Lopes", BIRTH_DATE, List.of());

        assertThat(check.candidates(applicant, List.of(mariaGarcia))).singleElement().satisfies(candidate -> {
            assertThat(candidate.matchedOn()).contains(MatchedOn.SIMILAR_NAME);
            assertThat(candidate.score()).isBetween(0.88, 0.99);
        });
    }

    @Test
    void aFamilyNameThatSoundsAlikeWithACloseGivenNameIsADuplicate() {
        ClientProfile jonSmyth = new ClientProfile("existing-2", "Jon", "Smyth", BIRTH_DATE, List.of());
        ClientProfile applicant = new ClientProfile(null, "John", "Smith", BIRTH_DATE, List.of());

        assertThat(check.candidates(applicant, List.of(jonSmyth))).singleElement()
                .satisfies(candidate -> assertThat(candidate.matchedOn()).contains(MatchedOn.SOUNDS_ALIKE,
                        MatchedOn.BIRTH_DATE));
    }

    @Test
    void aSimilarNameWithAnotherBirthDateIsNotADuplicate() {
        ClientProfile applicant = new ClientProfile(null, "Maria", "Garcia Lopez", BIRTH_DATE.plusDays(1), List.of());

        assertThat(check.candidates(applicant, List.of(mariaGarcia))).isEmpty();
    }

    @Test
    void anUnknownBirthDateNeverMatchesOnNameAlone() {
        ClientProfile noBirthDate = new ClientProfile("existing-3", "Maria", "Garcia Lopez", null, List.of());
        ClientProfile applicant = new ClientProfile(null, "Maria", "Garcia Lopez", null, List.of());

        assertThat(check.candidates(applicant, List.of(noBirthDate))).isEmpty();
    }

    @Test
    void aDifferentPersonBornTheSameDayIsNotADuplicate() {
        ClientProfile applicant = new ClientProfile(null, "Peter", "Novak", BIRTH_DATE, List.of());

        assertThat(check.candidates(applicant, List.of(mariaGarcia))).isEmpty();
    }

    @Test
    void aClientIsNeverItsOwnDuplicate() {
        assertThat(check.candidates(mariaGarcia, List.of(mariaGarcia))).isEmpty();
    }

    @Test
    void candidatesComeBestMatchFirst() {
        ClientProfile typo = new ClientProfile("typo", "Maria", "Garcia Lopes", BIRTH_DATE, List.of());
        ClientProfile exact = new ClientProfile("exact", "Maria", "Garcia Lopez", BIRTH_DATE, List.of());
        ClientProfile applicant = new ClientProfile(null, "María", "García López", BIRTH_DATE, List.of());

        assertThat(check.candidates(applicant, List.of(typo, exact))).extracting(DuplicateCandidate::clientId)
                .containsExactly("exact", "typo");
    }
}
