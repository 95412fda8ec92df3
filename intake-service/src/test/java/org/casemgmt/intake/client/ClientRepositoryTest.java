package org.casemgmt.intake.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casemgmt.intake.client.TestTokens.TOKENS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casemgmt.intake.RepositorySliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;

@RepositorySliceTest
class ClientRepositoryTest {

    private static final LocalDate BORN = LocalDate.of(1985, 3, 14);

    @Autowired
    ClientRepository clients;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        clients.deleteAll();
    }

    @Test
    void duplicateLookupReturnsOnlyClientsWithTheIdentifierOrTheBirthDate() {
        save("same-id", "Anna", "Kowalska", LocalDate.of(1990, 1, 1), "AGENCY_FILE", "F-77", "agency-a", "2026-11-01");
        save("same-birthday", "Peter", "Novak", BORN, "NATIONAL_ID", "X1", "agency-a", "2026-11-01");
        save("unrelated", "John", "Smith", LocalDate.of(1970, 6, 6), "NATIONAL_ID", "X2", "agency-a", "2026-11-01");
        save("other-agency", "Anna", "Kowalska", BORN, "AGENCY_FILE", "F-77", "agency-b", "2026-11-01");
        save("erased", "Anna", "Kowalska", BORN, "AGENCY_FILE", "F-77", "agency-a", "2026-11-01");
        Client erased = clients.findById("erased").orElseThrow();
        erased.erase("admin-1", "DSR-1", Instant.parse("2026-11-20T10:00:00Z"));
        clients.save(erased);

        List<Client> found = clients.findPossibleDuplicates("agency-a",
                TOKENS.identifiers(List.of(new Identifier("agency_file", "f 77"))), TOKENS.birthDate(BORN));

        assertThat(found).extracting(Client::getId).containsExactlyInAnyOrder("same-id", "same-birthday");
    }

    @Test
    void theDuplicateLookupKeysAreIndexedSoRegistrationDoesNotScanEveryClient() {
        save("c1", "Anna", "Kowalska", BORN, "NATIONAL_ID", "X1", "agency-a", "2026-11-01");

        List<String> indexedFields = mongo.indexOps(Client.class).getIndexInfo().stream()
                .flatMap(index -> index.getIndexFields().stream().map(field -> field.getKey())).toList();

        assertThat(indexedFields).contains("birthDateToken", "identifierTokens", "nameSoundTokens", "agencyId",
                "status", "registeredAt");
    }

    @Test
    void theListIsFilteredByStatusAgencyAndRegistrationDaysAndPaged() {
        save("a1", "Anna", "Kowalska", BORN, "NATIONAL_ID", "1", "agency-a", "2026-11-01");
        save("a2", "Bruno", "Silva", BORN, "NATIONAL_ID", "2", "agency-a", "2026-11-02");
        save("a3", "Chen", "Wei", BORN, "NATIONAL_ID", "3", "agency-a", "2026-11-03");
        save("a4", "Dana", "Cohen", BORN, "NATIONAL_ID", "4", "agency-a", "2026-11-04");
        save("b1", "Eva", "Berg", BORN, "NATIONAL_ID", "5", "agency-b", "2026-11-02");
        Client inactive = clients.findById("a3").orElseThrow();
        inactive.changeStatus(ClientStatus.INACTIVE);
        clients.save(inactive);

        Page<Client> firstPage = clients.findFiltered("agency-a",
                new ClientFilter(ClientStatus.ACTIVE, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4)),
                PageRequest.of(0, 1, Sort.by("registeredAt")));

        assertThat(firstPage.getTotalElements()).isEqualTo(2);
        assertThat(firstPage.getTotalPages()).isEqualTo(2);
        assertThat(firstPage.getContent()).extracting(Client::getId).containsExactly("a2");
        assertThat(clients.findFiltered("agency-a", new ClientFilter(null, null, null), PageRequest.of(0, 10))
                .getTotalElements()).isEqualTo(4);
    }

    @Test
    void searchFindsNamesThatSoundAlikeAndCombinesTheCriteria() {
        save("smyth", "Jon", "Smyth", BORN, "NATIONAL_ID", "1", "agency-a", "2026-11-01");
        save("smith-other-day", "John", "Smith", LocalDate.of(1999, 9, 9), "NATIONAL_ID", "2", "agency-a", "2026-11-01");
        save("jones", "John", "Jones", BORN, "NATIONAL_ID", "3", "agency-a", "2026-11-01");

        List<String> johnSmith = TOKENS.nameSounds("john smith");
        assertThat(clients.search("agency-a", johnSmith, null, null, 10)).extracting(Client::getId)
                .containsExactlyInAnyOrder("smyth", "smith-other-day");
        assertThat(clients.search("agency-a", johnSmith, null, TOKENS.birthDate(BORN), 10)).extracting(Client::getId)
                .containsExactly("smyth");
        assertThat(clients.search("agency-a", null, TOKENS.identifier(new Identifier("NATIONAL_ID", "3")), null, 10))
                .extracting(Client::getId).containsExactly("jones");
        assertThat(clients.search("agency-b", johnSmith, null, null, 10)).isEmpty();
        assertThat(clients.search("agency-a", List.of(), null, null, 10)).as("a name without a sound").isEmpty();
    }

    @Test
    void savingAStaleCopyIsRefused() {
        save("c1", "Anna", "Kowalska", BORN, "NATIONAL_ID", "1", "agency-a", "2026-11-01");
        Client first = clients.findById("c1").orElseThrow();
        Client second = clients.findById("c1").orElseThrow();
        first.changeStatus(ClientStatus.INACTIVE);
        clients.save(first);

        assertThatThrownBy(() -> clients.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    private void save(String id, String given, String family, LocalDate birthDate, String idType, String idValue,
                      String agency, String registeredOn) {
        clients.save(Client.register(id, new ClientDetails(given, family, birthDate,
                        List.of(new Identifier(idType, idValue)), null, "en", "North"), TOKENS, agency, "worker-1",
                Instant.parse(registeredOn + "T10:00:00Z")));
    }
}
