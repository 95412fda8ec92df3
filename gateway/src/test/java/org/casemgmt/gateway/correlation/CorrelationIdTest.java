package org.casemgmt.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class CorrelationIdTest {

    @Test
    void keepsAPlainIdTheCallerChose() {
        assertThat(CorrelationId.acceptOrGenerate("web-7f3a:req.12_b")).isEqualTo("web-7f3a:req.12_b");
    }

    @Test
    void generatesAnIdWhenTheCallerSentNone() {
        assertThat(UUID.fromString(CorrelationId.acceptOrGenerate(null))).isNotNull();
    }

    @Test
    void replacesAnIdThatCouldForgeLogLinesOrHeaders() {
        assertThat(CorrelationId.acceptOrGenerate("abc\" ,level=ERROR")).isNotEqualTo("abc\" ,level=ERROR")
                .matches("[0-9a-f-]{36}");
    }

    @Test
    void replacesAnIdLongerThan128Characters() {
        assertThat(CorrelationId.acceptOrGenerate("a".repeat(129))).matches("[0-9a-f-]{36}");
        assertThat(CorrelationId.acceptOrGenerate("a".repeat(128))).isEqualTo("a".repeat(128));
    }
}
