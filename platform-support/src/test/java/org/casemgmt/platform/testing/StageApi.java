package org.casemgmt.platform.testing;

import java.io.UnsupportedEncodingException;
import java.util.UUID;

import org.casemgmt.events.EventType;
import org.casemgmt.events.schema.EventSchemaValidator;
import org.casemgmt.testsupport.TestIssuer;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.node.ObjectNode;

/**
 * A stage's REST API and the other stages' topics, as an integration test drives them: requests with a bearer token,
 * events published as their owning stage would (a new event id each), schema examples to start bodies from, and
 * JSON paths read from answers. A stage's own helper extends it with the cases it needs.
 */
public class StageApi {

    private static final EventSchemaValidator SCHEMAS = new EventSchemaValidator();

    protected final MockMvcTester mvc;
    protected final TopicProbe topics;

    public StageApi(MockMvcTester mvc, TopicProbe topics) {
        this.mvc = mvc;
        this.topics = topics;
    }

    public static String bearer(String actor, String agency, String... roles) {
        return TestIssuer.shared().bearer(actor, agency, roles);
    }

    public MvcTestResult get(String path, String authorization) {
        return mvc.get().uri(path).header("Authorization", authorization).exchange();
    }

    public MvcTestResult post(String path, String authorization, String json) {
        return mvc.post().uri(path).header("Authorization", authorization).contentType(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }

    public MvcTestResult put(String path, String authorization, String json) {
        return mvc.put().uri(path).header("Authorization", authorization).contentType(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }

    /** Publishes with a new event id, as the owning stage would. */
    public void publish(EventType<?> type, String subject, ObjectNode body) {
        topics.publish(type.topic(), subject,
                TopicProbe.cloudEventHeaders(type, UUID.randomUUID().toString(), subject), body.toString());
    }

    /** The first example of the type's published schema, to change what the test is about. */
    public static ObjectNode example(EventType<?> type) {
        return (ObjectNode) SCHEMAS.schemaDocument(type).path("examples").get(0).deepCopy();
    }

    /** The value at {@code path} of the answer's JSON body, as text; null when it is null. */
    public static String read(MvcTestResult result, String path) {
        Object value = JsonPath.read(body(result), path);
        return value == null ? null : value.toString();
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
