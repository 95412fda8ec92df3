package org.casemgmt.platform.web.slice;

import org.casemgmt.platform.testing.TestIssuerInitializer;
import org.casemgmt.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The fault switch as a service gets it: absent by default, and ahead of the token check when a test turns it on. */
@WebMvcTest(GreetingController.class)
@ContextConfiguration(initializers = TestIssuerInitializer.class)
class FaultInjectionSliceTest {

    private static final String WORKER = TestIssuer.shared().bearer("worker-2", "agency-1", "CASE_WORKER");

    @Nested
    class ByDefault {

        @Autowired
        MockMvc mvc;

        @Test
        void thereIsNoSwitch() throws Exception {
            mvc.perform(get("/fault-injection").header("Authorization", WORKER)).andExpect(status().isNotFound());
            mvc.perform(put("/fault-injection").header("Authorization", WORKER)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"FAIL\"}"))
                    .andExpect(status().isNotFound());
            mvc.perform(put("/fault-injection").contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"FAIL\"}"))
                    .andExpect(status().isUnauthorized());
            mvc.perform(get("/api/greetings/9").header("Authorization", WORKER)).andExpect(status().isNotFound());
        }
    }

    @Nested
    @TestPropertySource(properties = "casemgmt.fault-injection.enabled=true")
    class WhenATestTurnsItOn {

        @Autowired
        MockMvc mvc;

        @AfterEach
        void noFault() throws Exception {
            mvc.perform(put("/fault-injection").contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"NONE\"}"))
                    .andExpect(status().isOk());
        }

        @Test
        void theSwitchNeedsNoTokenAndAFailingStageRefusesBeforeCheckingOne() throws Exception {
            mvc.perform(put("/fault-injection").contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"FAIL\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.mode").value("FAIL"));

            mvc.perform(get("/api/greetings/9").header("X-Correlation-Id", "corr-fault"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("X-Correlation-Id", "corr-fault"))
                    .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:fault-injected"))
                    .andExpect(jsonPath("$.correlationId").value("corr-fault"));
            mvc.perform(get("/fault-injection")).andExpect(jsonPath("$.mode").value("FAIL"));
        }

        @Test
        void withoutAFaultTheServiceAnswersAsUsual() throws Exception {
            mvc.perform(get("/api/greetings/9")).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/greetings/9").header("Authorization", WORKER)).andExpect(status().isNotFound());
        }
    }
}
