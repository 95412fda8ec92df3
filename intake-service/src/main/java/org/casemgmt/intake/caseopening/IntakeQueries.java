package org.casemgmt.intake.caseopening;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

interface IntakeQueries {

    Page<Intake> findFiltered(String agencyId, IntakeFilter filter, Pageable pageable);

    /** The ids only, read raw: nothing is decrypted to list them. */
    List<String> idsOfClient(String clientId);
}
