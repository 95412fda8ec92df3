package org.casemgmt.monitoring.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import jakarta.annotation.PostConstruct;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instruments that can be administered: stored one document per id and version, and seeded at start from
 * {@code monitoring.instruments-seed} with every version the store does not have yet. A stored version is never
 * replaced, since administrations were scored by it: a changed definition ships as a new version, and the latest
 * version of an instrument is the one administered.
 */
@Service
class InstrumentCatalog {

    private static final Logger log = LoggerFactory.getLogger(InstrumentCatalog.class);
    private static final BinaryOperator<Instrument> LATER =
            BinaryOperator.maxBy(Comparator.comparingInt(Instrument::version));

    private final InstrumentRepository instruments;
    private final JsonMapper json;
    private final ResourceLoader resources;
    private final Clock clock;
    private final String seed;

    InstrumentCatalog(InstrumentRepository instruments, JsonMapper json, ResourceLoader resources, Clock clock,
                      @Value("${monitoring.instruments-seed:}") String seed) {
        this.instruments = instruments;
        this.json = json;
        this.resources = resources;
        this.clock = clock;
        this.seed = seed;
    }

    /** The seed file's shape. */
    record Seed(List<Instrument> instruments) {
    }

    /**
     * Stores each version of the seed the store lacks, before requests are taken. A definition that could not be
     * scored stops the start: better no service than a wrong band.
     */
    @PostConstruct
    void seedMissingVersions() throws IOException {
        if (seed.isBlank()) {
            return;
        }
        Seed document;
        try (InputStream in = resources.getResource(seed).getInputStream()) {
            document = json.readValue(in, Seed.class);
        }
        for (Instrument instrument : document.instruments()) {
            List<String> problems = instrument.problems();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Instrument " + instrument.id() + " version " + instrument.version()
                        + " of " + seed + " cannot be scored: " + String.join("; ", problems));
            }
            if (!instruments.existsById(instrument.key())) {
                store(instrument);
            }
        }
    }

    private void store(Instrument instrument) {
        try {
            instruments.insert(InstrumentVersion.of(instrument, clock.instant()));
            log.info("Stored instrument {} version {} from {}", instrument.id(), instrument.version(), seed);
        } catch (DuplicateKeyException storedByAnotherInstance) {
            log.debug("Instrument {} was stored by another instance starting at the same time", instrument.key());
        }
    }

    /** The latest version of each instrument, by id. */
    List<Instrument> latest() {
        Map<String, Instrument> latest = instruments.findAll().stream().map(InstrumentVersion::definition)
                .collect(Collectors.toMap(Instrument::id, instrument -> instrument, LATER));
        return latest.values().stream().sorted(Comparator.comparing(Instrument::id)).toList();
    }

    /** The version administered now; 404 for an unknown instrument. */
    Instrument latest(String id) {
        return latest().stream().filter(instrument -> instrument.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("instrument", id));
    }

    /** The version an administration was scored by; 404 if it was never stored. */
    Instrument version(String id, int version) {
        return instruments.findById(id + ":" + version).map(InstrumentVersion::definition)
                .orElseThrow(() -> new ResourceNotFoundException("instrument", id + " version " + version));
    }
}
