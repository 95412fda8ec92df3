package org.casemgmt.intake.client;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

interface ClientQueries {

    Page<Client> findFiltered(String agencyId, ClientFilter filter, Pageable pageable);

    /**
     * Clients whose name sounds like {@code name} (every word), who have the identifier, and who were born on
     * {@code birthDate}, among the clients of {@code agencyId}; each criterion is optional, at least one is expected.
     */
    List<Client> search(String agencyId, String name, Identifier identifier, LocalDate birthDate, int limit);
}
