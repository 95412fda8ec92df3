package org.casemgmt.console.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's public API, through the gateway, as one signed-in user: every call carries their access token, so the
 * platform decides what they may see and do, exactly as for any other client. Answers are plain maps and lists, as
 * the templates read them; a problem document becomes an {@link ApiProblem}.
 */
public final class PlatformApi {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> ARRAY =
            new ParameterizedTypeReference<>() {
            };
    private static final ParameterizedTypeReference<List<String>> CODES = new ParameterizedTypeReference<>() {
    };
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient rest;

    PlatformApi(RestClient gateway, String accessToken) {
        this.rest = gateway.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .defaultStatusHandler(status -> status.isError(), (request, response) -> {
                    throw problemOf(response);
                })
                .build();
    }

    public Map<String, Object> get(String path, Object... variables) {
        return rest.get().uri(path, variables).accept(MediaType.APPLICATION_JSON).retrieve().body(OBJECT);
    }

    public List<Map<String, Object>> list(String path, Object... variables) {
        return rest.get().uri(path, variables).accept(MediaType.APPLICATION_JSON).retrieve().body(ARRAY);
    }

    /** A list of codes, e.g. closure's reasons. */
    public List<String> codes(String path, Object... variables) {
        return rest.get().uri(path, variables).accept(MediaType.APPLICATION_JSON).retrieve().body(CODES);
    }

    /** The {@code content} of a page of a paged list. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> page(String path, Object... variables) {
        Object content = get(path, variables).get("content");
        return content == null ? List.of() : (List<Map<String, Object>>) content;
    }

    public Map<String, Object> post(String path, Object body, Object... variables) {
        return rest.post().uri(path, variables).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(OBJECT);
    }

    public Map<String, Object> put(String path, Object body, Object... variables) {
        return rest.put().uri(path, variables).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(OBJECT);
    }

    @SuppressWarnings("unchecked")
    private static ApiProblem problemOf(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        byte[] body = response.getBody().readAllBytes();
        Map<String, Object> document;
        try {
            document = body.length == 0 ? Map.of() : JSON.readValue(body, Map.class);
        } catch (RuntimeException notJson) {
            document = Map.of();
        }
        return ApiProblem.of(status, document);
    }
}
