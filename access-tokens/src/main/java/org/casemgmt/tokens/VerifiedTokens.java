package org.casemgmt.tokens;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The access tokens this process has verified (signature and {@link AccessTokenRules}), each kept until it expires: a
 * client sends the same token with every request for its whole lifetime, and checking an RSA signature and parsing the
 * claims again each time was a tenth of the gateway's work per request. The key is the whole token, signature
 * included, so a token differing in any byte is verified afresh; a refused token is never kept.
 *
 * <p>The price: a token stays accepted until it expires even if the issuer withdraws its signing key sooner, as it
 * would anyway in every process that has verified it once. Tokens live minutes.
 */
public final class VerifiedTokens {

    /** More than the staff of a large network signed in at once; one token is about 2 KB. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /** @param capacity at most this many tokens kept; past it the expired go first, then all */
    public VerifiedTokens(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.clock = clock;
    }

    /** The token as verified before, or null when it was not or has expired since. */
    public Jwt find(String token) {
        Jwt known = verified.get(token);
        if (known == null) {
            return null;
        }
        if (!unexpired(known)) {
            verified.remove(token, known);
            return null;
        }
        return known;
    }

    /** Keeps a token that was just verified, unless it has no expiry or has expired already. */
    public void remember(String token, Jwt jwt) {
        if (!unexpired(jwt)) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(kept -> !unexpired(kept));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }

    int size() {
        return verified.size();
    }

    private boolean unexpired(Jwt jwt) {
        return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt());
    }
}
