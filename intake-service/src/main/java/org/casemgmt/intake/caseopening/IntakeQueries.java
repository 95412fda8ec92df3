package org.casemgmt.intake.caseopening;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

interface IntakeQueries {

    Page<Intake> findFiltered(String agencyId, IntakeFilter filter, Pageable pageable);
}
