package org.casemgmt.console.api;

import java.net.http.HttpClient;
import java.time.Duration;

import org.casemgmt.console.signin.ConsoleProperties;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Makes the API client of one signed-in user: the gateway's address and the user's access token. */
@Component
public class ApiSessions {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private final RestClient gateway;

    ApiSessions(ConsoleProperties properties) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        // The gateway answers within its own time limit per stage (5 s); this only guards against a hung gateway.
        requests.setReadTimeout(READ_TIMEOUT);
        this.gateway = RestClient.builder().requestFactory(requests).baseUrl(properties.apiUrl().toString()).build();
    }

    public PlatformApi as(String accessToken) {
        return new PlatformApi(gateway, accessToken);
    }
}
