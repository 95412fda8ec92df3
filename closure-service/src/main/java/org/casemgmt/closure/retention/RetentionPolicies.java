package org.casemgmt.closure.retention;

import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Each agency's retention policy per program: the one its admin set, else the default of application.yml. */
@Service
@EnableConfigurationProperties(RetentionDefaults.class)
class RetentionPolicies {

    private final ProgramRetentionRepository policies;
    private final RetentionDefaults defaults;

    RetentionPolicies(ProgramRetentionRepository policies, RetentionDefaults defaults) {
        this.policies = policies;
        this.defaults = defaults;
    }

    RetentionPolicy of(String agencyId, String programId) {
        return policies.findById(ProgramRetention.idOf(agencyId, programId)).map(ProgramRetention::policy)
                .orElseGet(defaults::policy);
    }

    List<ProgramRetention> setBy(String agencyId) {
        return policies.findByAgencyIdOrderByProgramId(agencyId);
    }

    RetentionPolicy byDefault() {
        return defaults.policy();
    }

    /** Replaces the program's policy; of two admins setting it at once, the later save wins, as the later PUT. */
    ProgramRetention set(String agencyId, String programId, RetentionPolicy policy, String by, Instant at) {
        for (int attempt = 1; ; attempt++) {
            ProgramRetention program = policies.findById(ProgramRetention.idOf(agencyId, programId))
                    .orElseGet(() -> ProgramRetention.of(agencyId, programId));
            program.set(policy, by, at);
            try {
                return policies.save(program);
            } catch (DuplicateKeyException | OptimisticLockingFailureException savedMeanwhile) {
                if (attempt == RetentionWork.ATTEMPTS) {
                    throw savedMeanwhile;
                }
            }
        }
    }
}
