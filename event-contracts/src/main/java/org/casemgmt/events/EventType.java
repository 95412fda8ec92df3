package org.casemgmt.events;

import java.util.Set;

/**
 * One kind of event on the bus: the Kafka topic it travels on, its CloudEvents {@code type}, the payload
 * record, the JSON Schema that is its contract with partners, and who may publish and who consumes it.
 *
 * <p>A breaking change gets a new version (a new {@code EventType} and schema file); additive changes
 * keep the version, and every consumer ignores fields it does not know.
 *
 * @param topic        the Kafka topic, {@code <entity>.<past-tense-verb>}
 * @param version      the contract's major version
 * @param payloadType  the record the body reads into
 * @param subjectField the body field that holds the event's subject (the record key and {@code ce_subject}), or
 *                     null when the subject is not one field of the body
 * @param producers    the services that own the topic: the only ones that may write it, and the only
 *                     {@code ce_source}s its consumers accept
 * @param consumers    the platform services that read the topic
 */
public record EventType<T>(String topic, int version, Class<T> payloadType, String subjectField,
                           Set<PlatformService> producers, Set<PlatformService> consumers) {

    private static final String TYPE_PREFIX = "org.casemgmt.";

    public EventType {
        if (!topic.matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("topic must be <entity>.<past-tense-verb>: " + topic);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
        if (producers.isEmpty()) {
            throw new IllegalArgumentException("every topic has an owner: " + topic);
        }
        producers = Set.copyOf(producers);
        consumers = Set.copyOf(consumers);
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

    /** Whether {@code source} (a CloudEvents {@code source}) is one of the services that own this topic. */
    public boolean isPublishedBy(String source) {
        return producers.stream().anyMatch(producer -> producer.source().equals(source));
    }
}
