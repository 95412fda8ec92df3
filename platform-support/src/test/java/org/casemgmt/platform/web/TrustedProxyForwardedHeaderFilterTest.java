package org.casemgmt.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TrustedProxyForwardedHeaderFilterTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SelfController())
            .addFilters(new TrustedProxyForwardedHeaderFilter(List.of("127.0.0.1", "::1", "10.0.3.0/24")))
            .build();

    @Test
    void theGatewayOnLoopbackDescribesTheAddressTheClientCalled() throws Exception {
        mvc.perform(forwardedFrom("127.0.0.1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.self").value("https://cases.example.org/api/self"))
                .andExpect(jsonPath("$.caller").value("198.51.100.4"));
    }

    @Test
    void aProxyInATrustedRangeIsTrustedToo() throws Exception {
        mvc.perform(forwardedFrom("10.0.3.17"))
                .andExpect(jsonPath("$.self").value("https://cases.example.org/api/self"));
    }

    @Test
    void anyoneElsesForwardedHeadersAreIgnored() throws Exception {
        mvc.perform(forwardedFrom("203.0.113.9").header("Forwarded", "host=evil.example;proto=https"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.self").value("http://localhost/api/self"))
                .andExpect(jsonPath("$.caller").value("203.0.113.9"))
                .andExpect(jsonPath("$.forwardedHostSeen").value("none"));
    }

    private static MockHttpServletRequestBuilder forwardedFrom(String remoteAddress) {
        return get("/api/self")
                .header("X-Forwarded-Host", "cases.example.org")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "198.51.100.4")
                .with(request -> {
                    request.setRemoteAddr(remoteAddress);
                    return request;
                });
    }

    @RestController
    static class SelfController {

        @GetMapping("/api/self")
        Map<String, String> self(HttpServletRequest request) {
            String forwardedHost = request.getHeader("X-Forwarded-Host");
            return Map.of("self", ServletUriComponentsBuilder.fromCurrentRequest().toUriString(),
                    "caller", request.getRemoteAddr(),
                    "forwardedHostSeen", forwardedHost == null ? "none" : forwardedHost);
        }
    }
}
