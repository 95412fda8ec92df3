package org.casemgmt.planning.plan;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

interface PlanQueries {

    Page<Plan> findFiltered(String agencyId, PlanFilter filter, Pageable pageable);
}
