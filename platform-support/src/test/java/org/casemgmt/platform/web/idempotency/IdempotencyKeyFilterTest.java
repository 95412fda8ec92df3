package org.casemgmt.platform.web.idempotency;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import org.bson.Document;
import org.bson.types.Binary;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.PersonalDataSubjects;
import org.casemgmt.platform.privacy.SubjectErasedException;
import org.casemgmt.platform.testing.EmbeddedMongo;
import org.casemgmt.platform.web.CurrentActor;
import org.junit.jupiter.api.Test;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IdempotencyKeyFilterTest {

    private static final MongoClient CLIENT = MongoClients.create(EmbeddedMongo.uri("idempotency-test"));
    private static final MongoTemplate MONGO = new MongoTemplate(CLIENT, "idempotency-test");
    private static final String CLIENTS = "idempotency_test_clients";

    private final MovableClock clock = new MovableClock(Instant.now());
    private final IdempotencyRecords records = new IdempotencyRecords(MONGO, clock,
            new IdempotencyProperties(Duration.ofHours(24), Duration.ofSeconds(60)));
    /** The store the handlers write to, with the callback a service's store gets from the auto-configuration. */
    private final MongoTemplate store = storeMarkingWritesOf(records);
    private final ClientController controller = new ClientController(store);
    private final CurrentActor actor = () -> "worker-1";
    private final Set<String> erased = ConcurrentHashMap.newKeySet();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(controller)
            .addFilters(new IdempotencyKeyFilter(records, actor, JsonMapper.builder().build(),
                    () -> new ResponseSeal(cipherForgetting(erased)), () -> null))
            .build();

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstResponseWithoutRunningAgain() throws Exception {
        String key = UUID.randomUUID().toString();

        mvc.perform(register(key, "Ada"))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        mvc.perform(register(key, "Ada"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/clients/1"))
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value("1"))
                .andExpect(jsonPath("$.name").value("Ada"));

        assertThat(controller.registrations.get()).isEqualTo(1);
    }

    @Test
    void whileItsStoreCannotBeReachedARequestWithAKeyIsNotRunButAnswered503ToRetry() throws Exception {
        try (MongoClient down = MongoClients.create("mongodb://127.0.0.1:9/?serverSelectionTimeoutMS=300")) {
            IdempotencyRecords unreachable = new IdempotencyRecords(new MongoTemplate(down, "down"), clock,
                    new IdempotencyProperties(Duration.ofHours(24), Duration.ofSeconds(60)));
            MockMvc storeDown = MockMvcBuilders.standaloneSetup(controller)
                    .addFilters(new IdempotencyKeyFilter(unreachable, actor, JsonMapper.builder().build(), () -> null,
                            () -> null))
                    .build();

            storeDown.perform(register(UUID.randomUUID().toString(), "Ada"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:store-unavailable"));
        }
        assertThat(controller.registrations.get()).isZero();
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422Problem() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(register(key, "Ada")).andExpect(status().isCreated());

        mvc.perform(register(key, "Grace"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:idempotency-key-reused"))
                .andExpect(jsonPath("$.instance").value("/api/clients"));
        assertThat(controller.registrations.get()).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstRequestStillRunsIsA409ProblemSayingWhenToRetry() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "slow-" + key;
        CompletableFuture<MvcResult> first = inBackground(register(key, name));
        assertThat(controller.slowRequestStarted.await(10, TimeUnit.SECONDS)).isTrue();

        mvc.perform(register(key, name))
                .andExpect(status().isConflict())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:idempotent-request-in-progress"));

        controller.releaseSlowRequest.countDown();
        first.get(10, TimeUnit.SECONDS);
        mvc.perform(register(key, name)).andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(saved(name)).isEqualTo(1);
    }

    @Test
    void aRequestWhoseInstanceDiedAfterItsSaveIsNotRunAgainByARetryAfterTheLimit() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "hangs-after-save-" + key;
        CompletableFuture<MvcResult> dying = inBackground(register(key, name));
        assertThat(controller.savedBeforeHanging.await(10, TimeUnit.SECONDS)).isTrue();

        mvc.perform(register(key, name))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:idempotent-request-in-progress"));
        clock.advance(Duration.ofSeconds(61));
        mvc.perform(register(key, name))
                .andExpect(status().isConflict())
                .andExpect(header().doesNotExist("Retry-After"))
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:idempotent-request-outcome-unknown"))
                .andExpect(jsonPath("$.detail").value("The first request with this Idempotency-Key may have been "
                        + "applied; look the resource up, or send the request with a new key if it was not."));
        assertThat(saved(name)).isEqualTo(1);

        // It was only frozen: once it ends after all, its response is kept and replayed.
        controller.releaseHangingRequest.countDown();
        assertThat(dying.get(10, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(201);
        mvc.perform(register(key, name)).andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(saved(name)).isEqualTo(1);
    }

    @Test
    void aServerErrorAfterASaveIsNotStoredButNotRunAgainEither() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "fail-after-save-" + key;
        mvc.perform(register(key, name)).andExpect(status().isServiceUnavailable());

        mvc.perform(register(key, name))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:idempotent-request-outcome-unknown"));
        assertThat(saved(name)).isEqualTo(1);
    }

    @Test
    void aRequestAbandonedBeforeAnyWriteIsTakenOverAndTheFirstCanNoLongerWriteNorOverwriteTheRetrysResponse()
            throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "slow-" + key;
        CompletableFuture<MvcResult> slow = inBackground(register(key, name));
        assertThat(controller.slowRequestStarted.await(10, TimeUnit.SECONDS)).isTrue();
        clock.advance(Duration.ofSeconds(61));

        mvc.perform(register(key, name))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        String retrysLocation = "/api/clients/" + controller.registrations.get();
        controller.releaseSlowRequest.countDown();

        MvcResult first = slow.get(10, TimeUnit.SECONDS);
        assertThat(first.getResponse().getStatus()).isEqualTo(409);
        assertThat(first.getResolvedException()).isInstanceOfSatisfying(IdempotentRequestTakenOverException.class,
                taken -> assertThat(taken.getBody().getType().toString())
                        .isEqualTo("urn:casemgmt:problem:idempotent-request-taken-over"));
        assertThat(saved(name)).isEqualTo(1);
        mvc.perform(register(key, name))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", retrysLocation));
    }

    @Test
    void theSameKeyOnAnotherPathIsAnotherRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(register(key, "Ada")).andExpect(status().isCreated());

        mvc.perform(post("/api/clients/search").header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Ada\"}"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void aServerErrorBeforeAnyWriteIsNotStoredSoTheRetryRunsAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "fail-once-" + key;
        mvc.perform(register(key, name)).andExpect(status().isServiceUnavailable());

        mvc.perform(register(key, name))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(saved(name)).isEqualTo(1);
    }

    @Test
    void aResponseHoldingAClientsDataIsKeptSealedUnderTheirKeyAndGoneOnceTheyAreErased() throws Exception {
        String key = UUID.randomUUID().toString();
        String client = "client-" + UUID.randomUUID();
        MockHttpServletRequestBuilder note = post("/api/notes").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content("{\"client\":\"" + client + "\"}");
        mvc.perform(note).andExpect(status().isCreated());

        Document kept = MONGO.getCollection(IdempotencyRecords.COLLECTION).find().into(new ArrayList<>()).stream()
                .filter(record -> List.of(client).equals(record.getList("sealedUnder", String.class)))
                .findFirst().orElseThrow();
        assertThat(new String(kept.get("body", Binary.class).getData())).doesNotContain("Eviction");
        mvc.perform(note).andExpect(status().isCreated()).andExpect(jsonPath("$.note").value("Eviction notice"));

        erased.add(client);

        mvc.perform(note)
                .andExpect(status().isGone())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:client-erased"));
        assertThat(controller.notes.get()).isEqualTo(1);
    }

    @Test
    void requestsWithoutTheHeaderAreNotDeduplicated() throws Exception {
        String name = "Ada-" + UUID.randomUUID();
        String body = "{\"name\":\"" + name + "\"}";
        mvc.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());

        assertThat(controller.registrations.get()).isEqualTo(2);
        assertThat(saved(name)).isEqualTo(2);
    }

    private CompletableFuture<MvcResult> inBackground(MockHttpServletRequestBuilder request) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(request).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long saved(String name) {
        return MONGO.count(new Query(where("name").is(name)), CLIENTS);
    }

    private static MongoTemplate storeMarkingWritesOf(IdempotencyRecords records) {
        MongoTemplate store = new MongoTemplate(CLIENT, "idempotency-test");
        store.setEntityCallbacks(EntityCallbacks.create(new ApplyingBeforeFirstWrite(() -> records)));
        return store;
    }

    /** A stand-in cipher whose layers read back until the client is in {@code erased}. */
    private static PersonalDataCipher cipherForgetting(Set<String> erased) {
        PersonalDataCipher cipher = mock(PersonalDataCipher.class);
        when(cipher.encrypt(anyString(), anyString())).thenAnswer(call -> call.getArgument(0) + "|"
                + Base64.getEncoder().encodeToString(call.<String>getArgument(1).getBytes()));
        when(cipher.decrypt(anyString(), anyString())).thenAnswer(call -> {
            String subject = call.getArgument(0);
            if (erased.contains(subject)) {
                throw new SubjectErasedException(subject);
            }
            return new String(Base64.getDecoder().decode(call.<String>getArgument(1).substring(subject.length() + 1)));
        });
        return cipher;
    }

    /** @param name a plain name, or one starting with a behaviour of {@link ClientController#register} */
    private static MockHttpServletRequestBuilder register(String key, String name) {
        return post("/api/clients").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\"}");
    }

    /** A clock the test moves on, past the limit after which a request in flight counts as abandoned. */
    private static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @RestController
    static class ClientController {

        final AtomicInteger registrations = new AtomicInteger();
        final CountDownLatch slowRequestStarted = new CountDownLatch(1);
        final CountDownLatch releaseSlowRequest = new CountDownLatch(1);
        final CountDownLatch savedBeforeHanging = new CountDownLatch(1);
        final CountDownLatch releaseHangingRequest = new CountDownLatch(1);
        private final AtomicInteger failuresLeft = new AtomicInteger(1);
        private final AtomicInteger slowRequestsLeft = new AtomicInteger(1);
        private final MongoTemplate store;

        ClientController(MongoTemplate store) {
            this.store = store;
        }

        /**
         * Saves the client; by its name's start, first: {@code fail-once} answers 503 once before saving,
         * {@code slow} waits before saving (the first call only), {@code fail-after-save} answers 503 after saving,
         * {@code hangs-after-save} freezes after saving, as an instance dying there would.
         */
        @PostMapping("/api/clients")
        ResponseEntity<Map<String, String>> register(@RequestBody Map<String, String> client) throws Exception {
            String name = client.get("name");
            if (name.startsWith("fail-once") && failuresLeft.getAndDecrement() > 0) {
                return ResponseEntity.status(503).build();
            }
            if (name.startsWith("slow") && slowRequestsLeft.getAndDecrement() > 0) {
                slowRequestStarted.countDown();
                releaseSlowRequest.await(10, TimeUnit.SECONDS);
            }
            String id = String.valueOf(registrations.incrementAndGet());
            store.insert(new Document("_id", UUID.randomUUID().toString()).append("name", name), CLIENTS);
            if (name.startsWith("fail-after-save")) {
                return ResponseEntity.status(503).build();
            }
            if (name.startsWith("hangs-after-save")) {
                savedBeforeHanging.countDown();
                releaseHangingRequest.await(10, TimeUnit.SECONDS);
            }
            return ResponseEntity.created(URI.create("/api/clients/" + id)).body(Map.of("id", id, "name", name));
        }

        final AtomicInteger notes = new AtomicInteger();

        /** Like a service whose persistence boundary decrypted the client's note for the answer. */
        @PostMapping("/api/notes")
        ResponseEntity<Map<String, String>> note(@RequestBody Map<String, String> about) {
            notes.incrementAndGet();
            PersonalDataSubjects.note(about.get("client"));
            return ResponseEntity.status(201).body(Map.of("client", about.get("client"), "note", "Eviction notice"));
        }

        @PostMapping("/api/clients/search")
        Map<String, String> search(@RequestBody Map<String, String> query) {
            return Map.of("found", "0");
        }
    }
}
