package org.casemgmt.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aVerifiedTokenIsFoundUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(10, clock);
        Jwt jwt = expiringIn("a", Duration.ofMinutes(5));
        tokens.remember("a", jwt);

        assertThat(tokens.find("a")).isSameAs(jwt);
        now.set(NOW.plus(Duration.ofMinutes(5)).minusMillis(1));
        assertThat(tokens.find("a")).isSameAs(jwt);
        now.set(NOW.plus(Duration.ofMinutes(5)));
        assertThat(tokens.find("a")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void anUnknownTokenIsNotFound() {
        VerifiedTokens tokens = new VerifiedTokens(10, clock);
        tokens.remember("a", expiringIn("a", Duration.ofMinutes(5)));

        assertThat(tokens.find("a.")).isNull();
    }

    @Test
    void aTokenWithoutExpiryOrAlreadyExpiredIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(10, clock);
        tokens.remember("expired", expiringIn("expired", Duration.ZERO));
        tokens.remember("forever", Jwt.withTokenValue("forever").header("alg", "RS256").subject("x").build());

        assertThat(tokens.find("expired")).isNull();
        assertThat(tokens.find("forever")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void whenFullTheExpiredGoFirst() {
        VerifiedTokens tokens = new VerifiedTokens(2, clock);
        tokens.remember("short", expiringIn("short", Duration.ofMinutes(1)));
        tokens.remember("long", expiringIn("long", Duration.ofMinutes(10)));
        now.set(NOW.plus(Duration.ofMinutes(2)));

        tokens.remember("new", expiringIn("new", Duration.ofMinutes(10)));

        assertThat(tokens.find("long")).isNotNull();
        assertThat(tokens.find("new")).isNotNull();
        assertThat(tokens.size()).isEqualTo(2);
    }

    @Test
    void whenFullOfUnexpiredTokensTheyAllGo() {
        VerifiedTokens tokens = new VerifiedTokens(2, clock);
        tokens.remember("a", expiringIn("a", Duration.ofMinutes(10)));
        tokens.remember("b", expiringIn("b", Duration.ofMinutes(10)));

        tokens.remember("c", expiringIn("c", Duration.ofMinutes(10)));

        assertThat(tokens.find("a")).isNull();
        assertThat(tokens.find("b")).isNull();
        assertThat(tokens.find("c")).isNotNull();
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new VerifiedTokens(0, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Jwt expiringIn(String value, Duration lifetime) {
        return Jwt.withTokenValue(value).header("alg", "RS256").subject("worker")
                .issuedAt(NOW.minusSeconds(1)).expiresAt(NOW.plus(lifetime)).build();
    }
}
