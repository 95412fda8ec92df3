package org.casemgmt.events.compatibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * What one consuming service relies on in the events of one topic, kept in that service's module as
 * {@code src/test/resources/consumer-contracts/<topic>.v<n>.json}:
 *
 * <pre>{@code
 * {
 *   "readBy": "IntakeService.caseClosed",
 *   "fields": {
 *     "caseId": "string",
 *     "episode": ["integer", "null"],
 *     "cancelledFollowUpIds[]": "string"
 *   }
 * }
 * }</pre>
 *
 * Each field is a path into the event (a dot between properties, {@code []} for an array's items) with the JSON
 * types the consumer's code copes with; {@code "null"} among them says it copes with the field being null or absent,
 * which Jackson reads alike into a record. {@code readBy} says where the code reads them, for whoever keeps the list
 * true. The producer's schema must keep every field, send none of a type the consumer does not cope with, and send
 * it always (required, in objects that are themselves always there) unless the consumer copes with null.
 */
final class ConsumerContract {

    private final Map<String, Set<String>> fields;

    private ConsumerContract(Map<String, Set<String>> fields) {
        this.fields = fields;
    }

    static ConsumerContract of(JsonNode document) {
        JsonNode fields = document.path("fields");
        if (!fields.isObject() || fields.isEmpty()) {
            throw new IllegalArgumentException("a consumer contract lists the fields it reads under \"fields\"");
        }
        Map<String, Set<String>> accepted = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            JsonNode types = field.getValue();
            accepted.put(field.getKey(), types.isArray()
                    ? types.values().stream().map(JsonNode::asString).collect(Collectors.toCollection(LinkedHashSet::new))
                    : Set.of(types.asString()));
        }
        return new ConsumerContract(accepted);
    }

    /** What the producer's schema does not promise of what the consumer reads, a line per field; empty if all. */
    List<String> problemsWith(JsonNode producerSchema) {
        List<String> problems = new ArrayList<>();
        fields.forEach((path, accepted) -> problem(producerSchema, path, accepted).ifPresent(problems::add));
        return problems;
    }

    private static Optional<String> problem(JsonNode root, String path, Set<String> accepted) {
        String[] segments = path.split("\\.");
        JsonNode schema = root;
        boolean mayBeAbsent = false;
        for (int i = 0; i < segments.length; i++) {
            String name = segments[i].replace("[]", "");
            JsonNode object = SchemaCompatibility.resolve(root, schema);
            JsonNode property = object.path("properties").get(name);
            if (property == null) {
                return Optional.of(path + ": " + name + " is not in the producer's schema");
            }
            mayBeAbsent |= !object.path("required").values().stream().map(JsonNode::asString).toList().contains(name);
            schema = property;
            for (int arrays = (segments[i].length() - name.length()) / 2; arrays > 0; arrays--) {
                JsonNode array = SchemaCompatibility.resolve(root, schema);
                if (!array.has("items")) {
                    return Optional.of(path + ": " + name + " is not an array in the producer's schema");
                }
                schema = array.get("items");
                mayBeAbsent = false; // an absent array has no items, rather than items that are null
            }
            if (i < segments.length - 1) {
                Set<String> types = SchemaCompatibility.typesOf(SchemaCompatibility.resolve(root, schema));
                mayBeAbsent |= types == null || types.contains("null");
            }
        }
        Set<String> sent = SchemaCompatibility.typesOf(SchemaCompatibility.resolve(root, schema));
        if (sent == null) {
            return Optional.of(path + ": the producer's schema lets it be of any type, the consumer copes with "
                    + accepted);
        }
        List<String> refused = sent.stream().filter(type -> !SchemaCompatibility.accepts(accepted, type)).toList();
        if (!refused.isEmpty()) {
            return Optional.of(path + ": the producer may send " + String.join(" or ", refused)
                    + ", and the consumer copes with " + accepted + " only");
        }
        if (mayBeAbsent && !accepted.contains("null")) {
            return Optional.of(path + ": the producer may leave it out (it is optional, or inside an object that "
                    + "is), and the consumer does not cope with null");
        }
        return Optional.empty();
    }
}
