package org.casemgmt.bench;

import java.net.URI;
import java.time.Duration;

import org.casemgmt.launcher.Tokens;

/**
 * One demo user's access token, shared by every connection of the bench: signing in is not part of a case worker's
 * request, so it happens outside the timing, once, and again only when the token is old enough to expire during a
 * long run.
 */
public final class BearerToken {

    /** Well inside the auth server's 30-minute access-token lifetime. */
    private static final Duration RENEWAL = Duration.ofMinutes(20);
    private static final String DEMO_PASSWORD = "demo";

    private final URI issuer;
    private final String user;
    private String token;
    private long signedInAt;

    public BearerToken(URI issuer, String user) {
        this.issuer = issuer;
        this.user = user;
    }

    public synchronized String current() {
        if (token == null || System.nanoTime() - signedInAt > RENEWAL.toNanos()) {
            token = Tokens.forUser(issuer, user, DEMO_PASSWORD);
            signedInAt = System.nanoTime();
        }
        return token;
    }

    /** Signs in again at the next {@link #current()}: the token was refused, e.g. by an issuer with a new key. */
    public synchronized void renew() {
        token = null;
    }
}
