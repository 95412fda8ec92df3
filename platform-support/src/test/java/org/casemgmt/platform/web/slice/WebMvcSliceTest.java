package org.casemgmt.platform.web.slice;

import org.casemgmt.platform.testing.TestIssuerInitializer;
import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A service's {@code @WebMvcTest} gets the platform's web defaults without asking for them. */
@WebMvcTest(GreetingController.class)
@ContextConfiguration(initializers = TestIssuerInitializer.class)
class WebMvcSliceTest {

    private static final String WORKER = TestIssuer.shared().bearer("worker-2", "agency-1", "CASE_WORKER");

    @Autowired
    MockMvc mvc;

    @Test
    void aSliceAnswersErrorsWithPlatformProblemDocuments() throws Exception {
        mvc.perform(get("/api/greetings/9").header("Authorization", WORKER).header("X-Correlation-Id", "corr-slice"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("X-Correlation-Id", "corr-slice"))
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:not-found"))
                .andExpect(jsonPath("$.detail").value("There is no greeting 9."))
                .andExpect(jsonPath("$.correlationId").value("corr-slice"));
    }

    @Test
    void aSliceRefusesARequestWithoutAToken() throws Exception {
        mvc.perform(get("/api/greetings/9"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:unauthenticated"));
    }

    @Test
    void aSliceValidatesAndKnowsTheActor() throws Exception {
        mvc.perform(post("/api/greetings").header("Authorization", WORKER).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(post("/api/greetings").header("Authorization", WORKER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"hello\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.by").value("worker-2"));
    }
}
