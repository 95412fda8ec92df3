package org.casemgmt.console.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.MultiValueMap;
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
    private static final List<String> DOWNLOAD_HEADERS = List.of(HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LENGTH, "X-Content-Type-Options",
            "Content-Security-Policy");
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

    public Map<String, Object> delete(String path, Object... variables) {
        return rest.delete().uri(path, variables).retrieve().body(OBJECT);
    }

    /** A form with a file, sent on as the browser sent it (a document upload). */
    public Map<String, Object> postForm(String path, MultiValueMap<String, Object> form, Object... variables) {
        return rest.post().uri(path, variables).contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve()
                .body(OBJECT);
    }

    /**
     * A file the API serves, streamed on to the browser with the API's own headers (its type, its attachment name, no
     * sniffing, its sandbox), never held whole in memory.
     */
    public void download(String path, HttpServletResponse browser, Object... variables) {
        rest.get().uri(path, variables).exchange((request, response) -> {
            if (response.getStatusCode().isError()) {
                throw problemOf(response);
            }
            browser.setStatus(response.getStatusCode().value());
            for (String header : DOWNLOAD_HEADERS) {
                String value = response.getHeaders().getFirst(header);
                if (value != null) {
                    browser.setHeader(header, value);
                }
            }
            try (InputStream body = response.getBody()) {
                body.transferTo(browser.getOutputStream());
            }
            return null;
        });
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
