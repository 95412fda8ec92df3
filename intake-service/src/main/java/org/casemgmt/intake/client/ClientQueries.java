package org.casemgmt.intake.client;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Lookups by blind-index tokens ({@link ClientTokens}): the values searched for never reach the store. */
interface ClientQueries {

    Page<Client> findFiltered(String agencyId, ClientFilter filter, Pageable pageable);

    /**
     * Everyone of {@code agencyId} who could be a duplicate: the same identifier, or born the same day (both
     * lookups are indexed); a null birth date token looks up by identifier only.
     */
    List<Client> findPossibleDuplicates(String agencyId, Collection<String> identifierTokens, String birthDateToken);

    /**
     * Clients whose name has every sound of {@code nameSoundTokens}, who have the identifier, and who were born on
     * the day, among the clients of {@code agencyId}; each criterion is optional (null), at least one is expected. A
     * name without a sound (no tokens) matches nobody.
     */
    List<Client> search(String agencyId, List<String> nameSoundTokens, String identifierToken, String birthDateToken,
                        int limit);
}
