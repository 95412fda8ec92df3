package org.casemgmt.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.casemgmt.tokens.VerifiedTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder verifying = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("worker.alex")
                .expiresAt(Instant.now().plusSeconds(300)).build();
    };
    private final JwtDecoder decoder = ResourceServerAutoConfiguration.remembering(verifying,
            new VerifiedTokens(10, Clock.systemUTC()));

    @Test
    void aTokenIsVerifiedOnceForAllItsRequests() {
        Jwt first = decoder.decode("good-1");

        assertThat(decoder.decode("good-1")).isSameAs(first);
        assertThat(verifications).hasValue(1);
        assertThat(decoder.decode("good-2").getTokenValue()).isEqualTo("good-2");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }
}
