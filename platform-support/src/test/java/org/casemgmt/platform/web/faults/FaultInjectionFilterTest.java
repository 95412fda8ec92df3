package org.casemgmt.platform.web.faults;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class FaultInjectionFilterTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ThingController())
            .addFilters(new FaultInjectionFilter(JsonMapper.builder().build()))
            .build();

    @Test
    void noFaultUntilOneIsSet() throws Exception {
        mvc.perform(get("/fault-injection"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"mode\":\"NONE\",\"delayMillis\":0}", true));
        mvc.perform(get("/api/things")).andExpect(status().isOk());
    }

    @Test
    void failAnswersEveryApiRequestWith503AtOnceAndLeavesOtherPathsAlone() throws Exception {
        mvc.perform(setFault("{\"mode\":\"FAIL\"}"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"mode\":\"FAIL\",\"delayMillis\":0}", true));

        mvc.perform(get("/api/things"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:fault-injected"))
                .andExpect(jsonPath("$.title").value("Injected fault"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.instance").value("/api/things"));
        mvc.perform(get("/other")).andExpect(status().isOk());
        mvc.perform(get("/api")).andExpect(status().isOk());

        mvc.perform(setFault("{\"mode\":\"NONE\"}")).andExpect(jsonPath("$.mode").value("NONE"));
        mvc.perform(get("/api/things")).andExpect(status().isOk());
    }

    @Test
    void slowWaitsBeforeAnApiRequestRunsAndNotBeforeOthers() throws Exception {
        mvc.perform(setFault("{\"mode\":\"SLOW\",\"delayMillis\":400}"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"mode\":\"SLOW\",\"delayMillis\":400}", true));

        long started = System.nanoTime();
        mvc.perform(get("/api/things")).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("thing"));
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(400);

        started = System.nanoTime();
        mvc.perform(get("/other")).andExpect(status().isOk());
        mvc.perform(get("/fault-injection")).andExpect(jsonPath("$.delayMillis").value(400));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(400);
    }

    @Test
    void theSwitchRefusesWhatItDoesNotUnderstandAndKeepsTheFaultInForce() throws Exception {
        mvc.perform(setFault("{\"mode\":\"FAIL\"}")).andExpect(status().isOk());

        for (String invalid : new String[] {"", "null", "[]", "{", "{}", "{\"mode\":\"fail\"}", "{\"mode\":\"CRASH\"}",
                "{\"mode\":7}", "{\"mode\":\"SLOW\"}", "{\"mode\":\"SLOW\",\"delayMillis\":0}",
                "{\"mode\":\"SLOW\",\"delayMillis\":-5}", "{\"mode\":\"SLOW\",\"delayMillis\":600001}",
                "{\"mode\":\"SLOW\",\"delayMillis\":99999999999999999999}", "{\"mode\":\"SLOW\",\"delayMillis\":1.5}",
                "{\"mode\":\"SLOW\",\"delayMillis\":\"8000\"}", "{\"mode\":\"FAIL\",\"delayMillis\":100}",
                "{\"mode\":\"NONE\",\"delay\":100}"}) {
            mvc.perform(setFault(invalid))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:invalid-fault-setting"))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }

        mvc.perform(get("/fault-injection")).andExpect(jsonPath("$.mode").value("FAIL"));
    }

    @Test
    void whatTheSwitchAnswersItTakes() throws Exception {
        mvc.perform(setFault("{\"mode\":\"NONE\",\"delayMillis\":0}")).andExpect(status().isOk());
        mvc.perform(setFault("{\"mode\":\"SLOW\",\"delayMillis\":600000}")).andExpect(status().isOk());
    }

    @Test
    void theSwitchAnswersGetAndPutOnly() throws Exception {
        mvc.perform(delete("/fault-injection"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET, PUT"))
                .andExpect(jsonPath("$.type").value("urn:casemgmt:problem:method-not-allowed"));
    }

    private static MockHttpServletRequestBuilder setFault(String body) {
        return put("/fault-injection").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @RestController
    static class ThingController {

        @GetMapping({"/api/things", "/api", "/other"})
        Map<String, String> thing() {
            return Map.of("name", "thing");
        }
    }
}
