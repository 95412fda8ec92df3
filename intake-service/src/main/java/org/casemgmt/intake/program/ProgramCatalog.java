package org.casemgmt.intake.program;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.casemgmt.intake.eligibility.ProgramTerms;
import org.casemgmt.platform.persistence.ExpectedVersion;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The programs intakes apply to; other features read a program's eligibility terms through {@link #termsOf}. */
@Service
public class ProgramCatalog {

    private final ProgramRepository programs;
    private final Clock clock;

    ProgramCatalog(ProgramRepository programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    public Optional<ProgramTerms> termsOf(String programId) {
        return programs.findById(programId).map(Program::terms);
    }

    List<Program> all() {
        return programs.findAll(Sort.by("name"));
    }

    Program get(String id) {
        return programs.findById(id).orElseThrow(() -> new ResourceNotFoundException("program", id));
    }

    Program create(String id, ProgramDefinition definition) {
        if (programs.existsById(id)) {
            throw new RuleViolationException("program-exists", "A program with id " + id + " already exists; "
                    + "update it with PUT instead.");
        }
        return programs.save(new Program(id, definition, clock.instant()));
    }

    Program update(String id, long expectedVersion, ProgramDefinition definition) {
        Program program = get(id);
        ExpectedVersion.check("program", id, program.getVersion(), expectedVersion);
        program.define(definition, clock.instant());
        return programs.save(program);
    }

    /**
     * Fills an empty catalogue (a new installation) with the given programs; leaves an existing one alone. Every
     * instance of the service does this as it starts: a program another instance stored first is left to it.
     */
    void seedIfEmpty(List<ProgramForm> seed) {
        if (programs.count() == 0) {
            for (ProgramForm program : seed) {
                try {
                    programs.insert(new Program(program.id(), program.definition(), clock.instant()));
                } catch (DuplicateKeyException storedByAnotherInstance) {
                    // starting at the same time; its program is the same seed's
                }
            }
        }
    }
}
