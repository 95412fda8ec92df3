package org.casemgmt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Registration of one person is decided once, even when several case workers (or a retrying form) send it at the
 * same moment: one client is registered, and every other registration gets the answer a later one gets.
 */
class ConcurrentRegistrationIT extends IntakeIntegrationTestBase {

    private static final int REGISTRATIONS = 10;

    @Autowired
    MongoTemplate mongo;

    /** Each test's own person, unlike any other test's: a name of random letters, a random birth date. */
    private final String familyName = letters(UUID.randomUUID());
    private final LocalDate birthDate = LocalDate.of(1930, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30000));

    @Test
    void tenRegistrationsOfOnePersonAtOnceRegisterOneClientAndNameItToTheOtherNine() throws Exception {
        String body = """
                {"givenName": "Ottilie", "familyName": "%s", "birthDate": "%s", "residencyArea": "North"}"""
                .formatted(familyName, birthDate);
        CountDownLatch start = new CountDownLatch(1);
        Callable<MvcTestResult> registration = () -> {
            start.await();
            return api.post("/api/intake/clients", body);
        };

        List<MvcTestResult> answers;
        try (ExecutorService workers = Executors.newFixedThreadPool(REGISTRATIONS)) {
            List<Future<MvcTestResult>> sent = IntStream.range(0, REGISTRATIONS)
                    .mapToObj(i -> workers.submit(registration)).toList();
            start.countDown();
            answers = sent.stream().map(ConcurrentRegistrationIT::answer).toList();
        }

        List<MvcTestResult> created = answers.stream()
                .filter(answer -> answer.getResponse().getStatus() == HttpStatus.CREATED.value()).toList();
        assertThat(created).hasSize(1);
        String clientId = IntakeApi.read(created.getFirst(), "$.id");
        List<MvcTestResult> refused = answers.stream().filter(answer -> !created.contains(answer)).toList();
        assertThat(refused).hasSize(REGISTRATIONS - 1).allSatisfy(answer -> {
            assertThat(answer).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.type")
                    .isEqualTo("urn:casemgmt:problem:possible-duplicate");
            assertThat(answer).bodyJson().extractingPath("$.candidates[*].clientId").asArray()
                    .containsExactly(clientId);
        });
        MvcTestResult found = api.get("/api/intake/clients/search?birthDate=" + birthDate + "&name=" + familyName);
        assertThat(found).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$[*].id").asArray()
                .containsExactly(clientId);
    }

    @Test
    void aPersonConfirmedToBeSomeoneElseIsRegisteredBesideTheClientOfTheSameNameAndBirthDate() {
        String body = """
                {"givenName": "Ottilie", "familyName": "%s", "birthDate": "%s"%s}""";
        MvcTestResult first = api.post("/api/intake/clients", body.formatted(familyName, birthDate, ""));
        MvcTestResult second = api.post("/api/intake/clients", body.formatted(familyName, birthDate, ""));
        MvcTestResult confirmed = api.post("/api/intake/clients",
                body.formatted(familyName, birthDate, ", \"confirmedNotDuplicate\": true"));

        assertThat(first).hasStatus(HttpStatus.CREATED);
        assertThat(second).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:casemgmt:problem:possible-duplicate");
        assertThat(confirmed).hasStatus(HttpStatus.CREATED);
        assertThat(api.get("/api/intake/clients/search?birthDate=" + birthDate + "&name=" + familyName)).bodyJson()
                .extractingPath("$[*].id").asArray()
                .containsExactlyInAnyOrder(IntakeApi.read(first, "$.id"), IntakeApi.read(confirmed, "$.id"));
    }

    @Test
    void anErasedClientNoLongerStandsInTheWayOfRegisteringThePersonAgain() {
        String body = """
                {"givenName": "Ottilie", "familyName": "%s", "birthDate": "%s"}""".formatted(familyName, birthDate);
        MvcTestResult first = api.post("/api/intake/clients", body);
        String erasedId = IntakeApi.read(first, "$.id");
        assertThat(api.as(IntakeApi.ADMIN_TOKEN).post("/api/intake/clients/" + erasedId + "/erasure", "{}"))
                .hasStatus(HttpStatus.OK);

        MvcTestResult again = api.post("/api/intake/clients", body);

        assertThat(again).hasStatus(HttpStatus.CREATED);
        assertThat(mongo.findById(erasedId, Document.class, "clients")).doesNotContainKey("identityClaims");
    }

    /** A UUID's digits as letters, so the name has a sound (Double Metaphone key) and is this test's alone. */
    private static String letters(UUID unique) {
        StringBuilder name = new StringBuilder("Q");
        unique.toString().replace("-", "").chars().limit(12)
                .forEach(c -> name.append((char) ('a' + Character.digit(c, 16))));
        return name.toString();
    }

    private static MvcTestResult answer(Future<MvcTestResult> sent) {
        try {
            return sent.get();
        } catch (Exception failed) {
            throw new IllegalStateException("a registration did not complete", failed);
        }
    }
}
