package org.casemgmt.platform.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.SecretKey;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * One data key per subject in the service's own {@code subject_keys} collection:
 * {@code {_id: subjectId, wrappedKey, masterKeyId, createdAt, destroyedAt}}, the key wrapped by the master key.
 *
 * <p>Single-document atomicity is all it needs: a key is created by inserting its document, and of two instances
 * creating the first key of a subject at once the second gets a duplicate key and uses the first's. Destroying
 * sets {@code wrappedKey} to null and {@code destroyedAt}, and the document stays as a tombstone: an encryption
 * for an erased subject, e.g. from a late event, is refused rather than given a fresh key under which erased
 * data could reappear. Subject ids are therefore never reused after an erasure.
 *
 * <p>Unwrapped keys are cached, least recently used first out, for {@code cacheTtl}; a destroyed key's tombstone
 * is cached for good, since a destroyed key never comes back.
 */
final class SubjectKeys {

    static final String COLLECTION = "subject_keys";
    private static final int DESTROY_ATTEMPTS = 3;

    private final MongoTemplate mongo;
    private final MasterKeys masterKeys;
    private final SecureRandom random;
    private final Clock clock;
    private final Duration cacheTtl;
    private final Map<String, Cached> cache;

    SubjectKeys(MongoTemplate mongo, MasterKeys masterKeys, SecureRandom random, Clock clock, int cacheSize,
                Duration cacheTtl) {
        this.mongo = mongo;
        this.masterKeys = masterKeys;
        this.random = random;
        this.clock = clock;
        this.cacheTtl = cacheTtl;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /** The subject's key, created on first use. */
    SecretKey forEncryption(String subjectId) {
        SecretKey cached = cached(subjectId);
        if (cached != null) {
            return cached;
        }
        Document stored = mongo.findById(subjectId, Document.class, COLLECTION);
        return remember(subjectId, stored != null ? stored : create(subjectId));
    }

    /** The subject's existing key; there is none only if the data was not written through this store. */
    SecretKey forDecryption(String subjectId) {
        SecretKey cached = cached(subjectId);
        if (cached != null) {
            return cached;
        }
        Document stored = mongo.findById(subjectId, Document.class, COLLECTION);
        if (stored == null) {
            throw new IllegalStateException("no key for subject " + subjectId + " in " + COLLECTION
                    + ": the data was not encrypted with this database's keys");
        }
        return remember(subjectId, stored);
    }

    /** Idempotent; the first erasure's time is kept. A subject without a key gets a tombstone all the same. */
    void destroy(String subjectId) {
        Date now = Date.from(clock.instant());
        for (int attempt = 1; !tryDestroy(subjectId, now); attempt++) {
            if (attempt == DESTROY_ATTEMPTS) {
                throw new IllegalStateException("could not destroy the key of subject " + subjectId);
            }
        }
        synchronized (cache) {
            cache.put(subjectId, Cached.DESTROYED);
        }
    }

    private boolean tryDestroy(String subjectId, Date now) {
        try {
            mongo.upsert(new Query(where("_id").is(subjectId).and("destroyedAt").is(null)), new Update()
                    .set("wrappedKey", null)
                    .set("masterKeyId", null)
                    .set("destroyedAt", now)
                    .setOnInsert("createdAt", now), COLLECTION);
            return true;
        } catch (DuplicateKeyException noLiveKeyButADocument) {
            // destroyed already, or its key was created between the upsert's match and its insert: then try again
            Document stored = mongo.findById(subjectId, Document.class, COLLECTION);
            return stored != null && stored.get("destroyedAt") != null;
        }
    }

    private Document create(String subjectId) {
        byte[] key = new byte[MasterKeys.KEY_BYTES];
        random.nextBytes(key);
        Document document = new Document("_id", subjectId)
                .append("wrappedKey", new Binary(masterKeys.wrap(MasterKeys.aesKey(key, "data key"))))
                .append("masterKeyId", masterKeys.currentId())
                .append("createdAt", Date.from(clock.instant()))
                .append("destroyedAt", null);
        try {
            mongo.insert(document, COLLECTION);
            return document;
        } catch (DuplicateKeyException createdConcurrently) {
            return mongo.findById(subjectId, Document.class, COLLECTION);
        }
    }

    private SecretKey remember(String subjectId, Document stored) {
        if (stored.get("destroyedAt") != null) {
            synchronized (cache) {
                cache.put(subjectId, Cached.DESTROYED);
            }
            throw new SubjectErasedException(subjectId);
        }
        String masterKeyId = stored.getString("masterKeyId");
        byte[] wrapped = stored.get("wrappedKey", Binary.class).getData();
        SecretKey key = masterKeys.unwrap(masterKeyId, wrapped);
        if (!masterKeyId.equals(masterKeys.currentId())) {
            rewrap(subjectId, masterKeyId, key);
        }
        synchronized (cache) {
            cache.put(subjectId, new Cached(key, clock.instant().plus(cacheTtl)));
        }
        return key;
    }

    /** Moves a key off a rotated-out master key, so that one day that master key can be retired. */
    private void rewrap(String subjectId, String oldMasterKeyId, SecretKey key) {
        mongo.updateFirst(new Query(where("_id").is(subjectId).and("masterKeyId").is(oldMasterKeyId)
                        .and("destroyedAt").is(null)),
                new Update().set("wrappedKey", new Binary(masterKeys.wrap(key)))
                        .set("masterKeyId", masterKeys.currentId()), COLLECTION);
    }

    private SecretKey cached(String subjectId) {
        Cached cached;
        synchronized (cache) {
            cached = cache.get(subjectId);
        }
        if (cached == null) {
            return null;
        }
        if (cached == Cached.DESTROYED) {
            throw new SubjectErasedException(subjectId);
        }
        return cached.expiresAt().isAfter(clock.instant()) ? cached.key() : null;
    }

    /** A destroyed key is {@link #DESTROYED}: known for good, so it never expires. */
    private record Cached(SecretKey key, Instant expiresAt) {
        static final Cached DESTROYED = new Cached(null, Instant.MAX);
    }
}
