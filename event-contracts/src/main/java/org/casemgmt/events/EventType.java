package org.casemgmt.events;

/**
 * One kind of event on the bus: the Kafka topic it travels on, its CloudEvents {@code type}, the payload
 * record, and the JSON Schema that is its contract with partners.
 *
 * <p>A breaking change gets a new version (a new {@code EventType} and schema file); additive changes
 * keep the version, and every consumer ignores fields it does not know.
 */
public record EventType<T>(String topic, int version, Class<T> payloadType) {

    private static final String TYPE_PREFIX = "org.casemgmt.";

    public EventType {
        if (!topic.matches("[a-z]+\\.[a-z]+")) {
            throw new IllegalArgumentException("topic must be <entity>.<past-tense-verb>: " + topic);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code org.casemgmt.case.opened.v1}. */
    public String type() {
        return TYPE_PREFIX + topic + ".v" + version;
    }

    /** The CloudEvents {@code dataschema} attribute: the {@code $id} of this event's JSON Schema. */
    public String dataschema() {
        return "urn:casemgmt:schema:" + topic + ":v" + version;
    }

    /** Where the JSON Schema lives on the classpath of this module. */
    public String schemaResource() {
        return "schemas/" + topic + ".v" + version + ".schema.json";
    }

    /** The dead-letter topic for records of this topic that a consumer could not process. */
    public String deadLetterTopic() {
        return topic + ".dlq";
    }
}
