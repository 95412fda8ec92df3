package org.casemgmt.chaos;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every write the platform acknowledged with a 2xx, by the resource it answered for: where to read it back, who may,
 * and the highest version an answer gave it. What is read back later must be there, at that version or a later one.
 */
final class Ledger {

    /**
     * A resource as last acknowledged: read at {@code path} by {@code reader}; {@code version} is -1 for one without
     * versions; {@code memberId}, when not null, is the id of an entry the list at {@code path} must hold.
     */
    record Acknowledged(String path, String reader, long version, String memberId) {
    }

    private final Map<String, Acknowledged> byResource = new ConcurrentHashMap<>();
    private final LongAdder writes = new LongAdder();

    /** A 2xx for a write of the resource at {@code path}, which {@code reader} may read. */
    void acknowledged(String path, String reader, long version) {
        writes.increment();
        byResource.merge(path, new Acknowledged(path, reader, version, null),
                (earlier, later) -> later.version() >= earlier.version() ? later : earlier);
    }

    /** A 2xx for a new entry {@code id} of the list at {@code listPath}. */
    void acknowledgedEntry(String listPath, String reader, String id) {
        writes.increment();
        byResource.put(listPath + "#" + id, new Acknowledged(listPath, reader, -1, id));
    }

    long writes() {
        return writes.sum();
    }

    List<Acknowledged> resources() {
        return List.copyOf(byResource.values());
    }
}
