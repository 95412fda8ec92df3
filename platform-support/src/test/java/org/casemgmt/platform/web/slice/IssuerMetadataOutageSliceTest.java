package org.casemgmt.platform.web.slice;

import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A service configured with only the issuer (as in production) resolves its token decoder from the issuer's
 * metadata on the first token. Started while the issuer is down, it answers 503 until the issuer is back, then
 * serves: the failure is not kept.
 */
@WebMvcTest(GreetingController.class)
@ExtendWith(OutputCaptureExtension.class)
class IssuerMetadataOutageSliceTest {

    private static final LateIssuer ISSUER = new LateIssuer();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void trustTheLateIssuer(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::url);
    }

    @AfterAll
    static void stopTheIssuer() {
        ISSUER.close();
    }

    @Test
    void aTokenIsAnswered503WhileTheIssuerCannotBeReachedAndServedOnceItCan(CapturedOutput log) throws Exception {
        String bearer = "Bearer " + TestIssuer.shared().token("worker-2", "agency-1", "CASE_WORKER")
                .issuedBy(ISSUER.url()).encode();

        for (int attempt = 1; attempt <= 2; attempt++) {
            greet(bearer)
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:token-issuer-unavailable"))
                    .andExpect(jsonPath("$.title").value("Sign-in service unavailable"))
                    .andExpect(jsonPath("$.instance").value("/api/greetings"))
                    .andExpect(jsonPath("$.correlationId").value("corr-issuer"));
        }
        assertThat(log.getOut()).contains("the token issuer cannot be reached").doesNotContain("\tat ");

        ISSUER.start();

        greet(bearer).andExpect(status().isOk()).andExpect(jsonPath("$.by").value("worker-2"));
    }

    private ResultActions greet(String bearer) throws Exception {
        return mvc.perform(post("/api/greetings").header("Authorization", bearer)
                .header("X-Correlation-Id", "corr-issuer")
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"hello\"}"));
    }
}
