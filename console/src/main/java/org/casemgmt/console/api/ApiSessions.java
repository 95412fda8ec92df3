package org.casemgmt.console.api;

import org.casemgmt.console.signin.ConsoleProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Makes the API client of one signed-in user: the gateway's address and the user's access token. */
@Component
public class ApiSessions {

    private final RestClient gateway;

    ApiSessions(RestClient.Builder builder, ConsoleProperties properties) {
        this.gateway = builder.baseUrl(properties.apiUrl().toString()).build();
    }

    public PlatformApi as(String accessToken) {
        return new PlatformApi(gateway, accessToken);
    }
}
