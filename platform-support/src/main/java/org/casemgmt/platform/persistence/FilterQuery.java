package org.casemgmt.platform.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * A list query whose filters are all optional: a filter left empty (null) does not restrict the result, which
 * derived repository methods cannot express.
 */
public final class FilterQuery {

    private final List<Criteria> criteria = new ArrayList<>();

    public FilterQuery equalTo(String field, Object value) {
        if (value != null) {
            criteria.add(Criteria.where(field).is(value));
        }
        return this;
    }

    /** A condition of the caller's own, always applied. */
    public FilterQuery matching(Criteria condition) {
        criteria.add(condition);
        return this;
    }

    /** Instants on or after the start of {@code from} and before the end of {@code to} (UTC days, both inclusive). */
    public FilterQuery onDays(String field, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return this;
        }
        Criteria range = Criteria.where(field);
        if (from != null) {
            range = range.gte(from.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (to != null) {
            range = range.lt(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        criteria.add(range);
        return this;
    }

    /**
     * One page and the true total. A page past the end is empty; so is one beyond what MongoDB can skip to (its skip
     * is an int, and a longer offset cut to one would wrap round to the first page, with a total made up from the
     * offset).
     */
    public <T> Page<T> page(MongoOperations mongo, Pageable pageable, Class<T> type) {
        if (pageable.isPaged() && pageable.getOffset() > Integer.MAX_VALUE - pageable.getPageSize()) {
            return new PageImpl<>(List.of(), pageable, mongo.count(query(), type));
        }
        Query query = query().with(pageable);
        List<T> content = mongo.find(query, type);
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(query().limit(-1).skip(-1), type));
    }

    private Query query() {
        return criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
    }
}
