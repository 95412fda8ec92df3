package org.casemgmt.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.casemgmt.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

class FilterQueryTest {

    private static MongoClient client;
    private static MongoTemplate mongo;

    record Entry(@Id String id, String agencyId, String status, Instant createdAt) {
    }

    @BeforeAll
    static void entries() {
        client = MongoClients.create(EmbeddedMongo.uri("filter-query-test"));
        mongo = new MongoTemplate(client, "filter-query-test");
        mongo.insert(new Entry("1", "agency-a", "OPEN", Instant.parse("2026-11-01T23:59:59Z")));
        mongo.insert(new Entry("2", "agency-a", "CLOSED", Instant.parse("2026-11-02T00:00:00Z")));
        mongo.insert(new Entry("3", "agency-b", "OPEN", Instant.parse("2026-11-03T10:00:00Z")));
        mongo.insert(new Entry("4", "agency-a", "OPEN", Instant.parse("2026-11-04T00:00:00Z")));
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void aFilterLeftEmptyDoesNotRestrictTheResult() {
        Page<Entry> page = new FilterQuery().equalTo("agencyId", null).equalTo("status", "OPEN")
                .page(mongo, PageRequest.of(0, 10, Sort.by("id")), Entry.class);

        assertThat(page.getContent()).extracting(Entry::id).containsExactly("1", "3", "4");
    }

    @Test
    void daysAreWholeUtcDaysBothInclusive() {
        Page<Entry> page = new FilterQuery().onDays("createdAt", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3))
                .page(mongo, PageRequest.of(0, 10, Sort.by("id")), Entry.class);

        assertThat(page.getContent()).extracting(Entry::id).containsExactly("2", "3");
    }

    @Test
    void aPageCountsEveryMatchNotOnlyThoseOnThePage() {
        Page<Entry> page = new FilterQuery().equalTo("agencyId", "agency-a")
                .page(mongo, PageRequest.of(0, 2, Sort.by("id")), Entry.class);

        assertThat(page.getContent()).extracting(Entry::id).containsExactly("1", "2");
        assertThat(page.getTotalElements()).isEqualTo(3);
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheTrueTotal() {
        Page<Entry> page = new FilterQuery().equalTo("agencyId", "agency-a")
                .page(mongo, PageRequest.of(5, 2, Sort.by("id")), Entry.class);

        assertThat(page.getContent()).isEmpty();
        assertThat(page.getTotalElements()).isEqualTo(3);
    }

    @Test
    void aPageBeyondWhatMongoCanSkipToIsEmptyWithTheTrueTotalNotTheFirstPage() {
        for (int pageNumber : new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE / 20 + 1}) {
            Page<Entry> page = new FilterQuery().equalTo("agencyId", "agency-a")
                    .page(mongo, PageRequest.of(pageNumber, 20, Sort.by("id")), Entry.class);

            assertThat(page.getContent()).isEmpty();
            assertThat(page.getTotalElements()).isEqualTo(3);
        }
    }
}
