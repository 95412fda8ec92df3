package org.casemgmt.intake.program;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A fresh installation starts with the programs in {@code intake.programs.seed}; later edits are kept. */
@Component
class ProgramSeeder implements ApplicationRunner {

    private final ProgramCatalog catalog;
    private final JsonMapper json;
    private final Resource seed;

    ProgramSeeder(ProgramCatalog catalog, JsonMapper json,
                  @Value("${intake.programs.seed:classpath:programs/seed-programs.json}") Resource seed) {
        this.catalog = catalog;
        this.json = json;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try (InputStream in = seed.getInputStream()) {
            catalog.seedIfEmpty(json.readValue(in, new TypeReference<List<ProgramForm>>() { }));
        }
    }
}
