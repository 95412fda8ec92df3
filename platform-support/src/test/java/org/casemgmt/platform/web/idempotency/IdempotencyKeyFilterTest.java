package org.casemgmt.platform.web.idempotency;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
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

import com.mongodb.client.MongoClients;

import org.bson.Document;
import org.bson.types.Binary;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.PersonalDataSubjects;
import org.casemgmt.platform.privacy.SubjectErasedException;
import org.casemgmt.platform.testing.EmbeddedMongo;
import org.casemgmt.platform.web.CurrentActor;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IdempotencyKeyFilterTest {

    private static final MongoTemplate MONGO =
            new MongoTemplate(MongoClients.create(EmbeddedMongo.uri("idempotency-test")), "idempotency-test");

    private final ClientController controller = new ClientController();
    private final CurrentActor actor = () -> "worker-1";
    private final IdempotencyRecords records = new IdempotencyRecords(MONGO, Clock.systemUTC(),
            new IdempotencyProperties(Duration.ofHours(24), Duration.ofSeconds(60)));
    private final Set<String> erased = ConcurrentHashMap.newKeySet();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(controller)
            .addFilters(new IdempotencyKeyFilter(records, actor, JsonMapper.builder().build(),
                    () -> new ResponseSeal(cipherForgetting(erased)), () -> null))
            .build();

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstResponseWithoutRunningAgain() throws Exception {
        String key = UUID.randomUUID().toString();

        mvc.perform(register(key, "{\"name\":\"Ada\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        mvc.perform(register(key, "{\"name\":\"Ada\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/clients/1"))
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value("1"))
                .andExpect(jsonPath("$.name").value("Ada"));

        assertThat(controller.registrations.get()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422Problem() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(register(key, "{\"name\":\"Ada\"}")).andExpect(status().isCreated());

        mvc.perform(register(key, "{\"name\":\"Grace\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:idempotency-key-reused"))
                .andExpect(jsonPath("$.instance").value("/api/clients"));
        assertThat(controller.registrations.get()).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstRequestStillRunsIsA409Problem() throws Exception {
        String key = UUID.randomUUID().toString();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                mvc.perform(register(key, "{\"name\":\"slow\"}"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(controller.slowRequestStarted.await(10, TimeUnit.SECONDS)).isTrue();

        mvc.perform(register(key, "{\"name\":\"slow\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:idempotent-request-in-progress"));

        controller.releaseSlowRequest.countDown();
        first.get(10, TimeUnit.SECONDS);
        mvc.perform(register(key, "{\"name\":\"slow\"}")).andExpect(header().string("Idempotent-Replayed", "true"));
    }

    @Test
    void theSameKeyOnAnotherPathIsAnotherRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(register(key, "{\"name\":\"Ada\"}")).andExpect(status().isCreated());

        mvc.perform(post("/api/clients/search").header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Ada\"}"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void aServerErrorIsNotStoredSoTheRetryRunsAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(register(key, "{\"name\":\"fail-once\"}")).andExpect(status().isServiceUnavailable());

        mvc.perform(register(key, "{\"name\":\"fail-once\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
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
        mvc.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Ada\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Ada\"}"))
                .andExpect(status().isCreated());

        assertThat(controller.registrations.get()).isEqualTo(2);
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

    private static MockHttpServletRequestBuilder register(String key, String body) {
        return post("/api/clients").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @RestController
    static class ClientController {

        final AtomicInteger registrations = new AtomicInteger();
        final CountDownLatch slowRequestStarted = new CountDownLatch(1);
        final CountDownLatch releaseSlowRequest = new CountDownLatch(1);
        private final AtomicInteger failuresLeft = new AtomicInteger(1);

        @PostMapping("/api/clients")
        ResponseEntity<Map<String, String>> register(@RequestBody Map<String, String> client) throws Exception {
            if (client.get("name").equals("fail-once") && failuresLeft.getAndDecrement() > 0) {
                return ResponseEntity.status(503).build();
            }
            if (client.get("name").equals("slow")) {
                slowRequestStarted.countDown();
                releaseSlowRequest.await(10, TimeUnit.SECONDS);
            }
            String id = String.valueOf(registrations.incrementAndGet());
            return ResponseEntity.created(URI.create("/api/clients/" + id))
                    .body(Map.of("id", id, "name", client.get("name")));
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
