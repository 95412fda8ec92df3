package org.casemgmt.referral.directory;

import java.time.Instant;
import java.util.List;

import org.casemgmt.events.PlatformService;
import org.casemgmt.platform.outbox.PendingEvent;
import org.casemgmt.platform.testing.EmbeddedMongo;
import org.casemgmt.platform.testing.EventRecorders;
import org.casemgmt.platform.testing.MutableClock;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory's services wired by hand over the in-memory MongoDB, for tests of its rules without a Spring context:
 * events are recorded (and checked against their schema) as in the service, and stay in the outboxes to be read.
 */
final class DirectoryFixture implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    static final String SEED = "classpath:directory/sample-directory.json";

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:00:00Z"));
    final MongoTemplate mongo;
    final OrganizationRepository organizations;
    final ProvidedServiceRepository services;
    final LocationRepository locations;
    final ServiceAtLocationRepository links;
    final CapacityChanges changes;
    final CapacityHolds holds;
    final ServiceDirectory directory;
    final DirectoryImporter importer;
    private final MongoClient client;

    DirectoryFixture(String database) {
        client = MongoClients.create(EmbeddedMongo.uri(database));
        mongo = new MongoTemplate(client, database);
        MongoRepositoryFactory repositories = new MongoRepositoryFactory(mongo);
        organizations = repositories.getRepository(OrganizationRepository.class);
        services = repositories.getRepository(ProvidedServiceRepository.class);
        locations = repositories.getRepository(LocationRepository.class);
        links = repositories.getRepository(ServiceAtLocationRepository.class);
        changes = new CapacityChanges(services,
                EventRecorders.outsideAnyRequest(PlatformService.REFERRAL.source(), clock), clock);
        holds = new CapacityHolds(changes);
        directory = new ServiceDirectory(services, organizations, mongo);
        importer = new DirectoryImporter(organizations, services, locations, links, changes, clock, JSON, VALIDATOR,
                new DefaultResourceLoader(), SEED);
    }

    /** An empty directory. */
    void clear() {
        mongo.getDb().drop();
    }

    /** The sample directory, as a new installation starts with it. */
    void seeded() throws Exception {
        clear();
        importer.seedIfEmpty();
    }

    ProvidedService service(String id) {
        return services.findById(id).orElseThrow();
    }

    /** The capacity.changed bodies waiting in the service's outbox, oldest first. */
    List<JsonNode> capacityChanges(String serviceId) {
        return service(serviceId).getOutbox().stream().filter(event -> event.topic().equals("capacity.changed"))
                .map(PendingEvent::data).map(JSON::readTree).toList();
    }

    /** A service of {@code organizationId} reported with {@code available} units and {@code status}. */
    ProvidedService serviceWithCapacity(String id, int available, CapacityStatus status) {
        ProvidedService service = new ProvidedService(id);
        service.describe("organization-" + id, new ServiceProfile("Service " + id, null, ServiceStatus.ACTIVE, null,
                null, null, null, null, null, null, null, null), "test", clock.instant());
        service.reportCapacity("Bed", available, 20, status, null, clock.instant());
        return services.save(service);
    }

    @Override
    public void close() {
        client.close();
    }
}
