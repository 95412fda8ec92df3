package org.casemgmt.platform.web.slice;

import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A key set that cannot be fetched (for a key id not seen yet, or the first time) says nothing about the token: it
 * is answered 503, not refused with 401 as an invalid token, and served once the key set can be fetched.
 */
@WebMvcTest(GreetingController.class)
class KeySetOutageSliceTest {

    private static final LateIssuer ISSUER = new LateIssuer();
    private static final String WORKER = TestIssuer.shared().bearer("worker-2", "agency-1", "CASE_WORKER");

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void fetchKeysFromTheLateIssuer(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.ISSUER);
        properties.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwkSetUri);
    }

    @AfterAll
    static void stopTheIssuer() {
        ISSUER.close();
    }

    @Test
    void aTokenIsAnswered503WhileTheKeySetCannotBeFetchedAndServedOnceItCan() throws Exception {
        greet().andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:token-issuer-unavailable"));

        ISSUER.start();

        greet().andExpect(status().isOk()).andExpect(jsonPath("$.by").value("worker-2"));
    }

    private ResultActions greet() throws Exception {
        return mvc.perform(post("/api/greetings").header("Authorization", WORKER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"hello\"}"));
    }
}
