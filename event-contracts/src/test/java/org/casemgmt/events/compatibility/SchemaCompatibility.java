package org.casemgmt.events.compatibility;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Whether a JSON Schema can replace the released version of an event contract without breaking that version's
 * consumers, for draft 2020-12 as event-contracts writes it (objects with properties, required and
 * additionalProperties, arrays with items, local {@code $ref}s into {@code $defs}, enums and consts, a type or a list
 * of types, patterns, formats and bounds).
 *
 * <p>Two promises are kept to a consumer of a released version: every event the released schema accepted is still
 * accepted (consumers validate at the door, and a replay brings back events written long ago), and every property
 * it described is still there (consumers read them). So a new optional property, a widened type, an enum gaining
 * values, a pattern dropped or an enum relaxed to a pattern its values match are compatible; a property removed or
 * renamed, a type narrowed, a property made required, an open value closed into an enum or an enum losing values,
 * additionalProperties turned false, a pattern or format added, a bound tightened or an items schema narrowed are
 * not. A keyword the check does not know is breaking as soon as it differs: what cannot be judged is not let through.
 */
public final class SchemaCompatibility {

    /** Keywords that only document, or hold what a {@code $ref} reaches: changing them alone changes no verdict. */
    private static final Set<String> NOT_ASSERTIONS = Set.of("$schema", "$id", "$comment", "$defs", "title",
            "description", "examples", "default", "deprecated", "readOnly", "writeOnly");
    private static final Set<String> JUDGED = Set.of("$ref", "type", "enum", "const", "pattern", "format",
            "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems",
            "maxItems", "uniqueItems", "properties", "required", "additionalProperties", "items");
    private static final List<Bound> BOUNDS = List.of(
            new Bound("minLength", true, false, BigDecimal.ZERO, "shorter strings", SchemaCompatibility::length),
            new Bound("maxLength", false, false, null, "longer strings", SchemaCompatibility::length),
            new Bound("minItems", true, false, BigDecimal.ZERO, "shorter arrays", SchemaCompatibility::size),
            new Bound("maxItems", false, false, null, "longer arrays", SchemaCompatibility::size),
            new Bound("minimum", true, false, null, "smaller numbers", SchemaCompatibility::amount),
            new Bound("exclusiveMinimum", true, true, null, "smaller numbers", SchemaCompatibility::amount),
            new Bound("maximum", false, false, null, "larger numbers", SchemaCompatibility::amount),
            new Bound("exclusiveMaximum", false, true, null, "larger numbers", SchemaCompatibility::amount));
    /** The schema {@code true}: what an absent {@code items} or {@code additionalProperties} allows. */
    private static final JsonNode ANYTHING = JsonNodeFactory.instance.objectNode();

    /** Each change of {@code current} that breaks a consumer of {@code released}; empty when it may replace it. */
    public List<BreakingChange> breakingChanges(JsonNode released, JsonNode current) {
        Comparison comparison = new Comparison(released, current);
        comparison.sameId();
        comparison.compare(released, current, "");
        return List.copyOf(comparison.found);
    }

    /**
     * For bin/release-contracts: {@code SchemaCompatibility <released schema file> <current schema file>} prints
     * each breaking change and exits 1, or exits 0 when the current schema may replace the released one.
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SchemaCompatibility <released schema file> <current schema file>");
            System.exit(2);
        }
        JsonMapper json = JsonMapper.builder().build();
        List<BreakingChange> breaking = new SchemaCompatibility()
                .breakingChanges(json.readTree(Path.of(args[0])), json.readTree(Path.of(args[1])));
        breaking.forEach(System.out::println);
        System.exit(breaking.isEmpty() ? 0 : 1);
    }

    /**
     * The JSON types a schema accepts, in its own order: its {@code type}, or for a schema without one the types of
     * its enum's or const's values; null when it accepts any type.
     */
    static Set<String> typesOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null) {
            return type.isArray() ? type.values().stream().map(JsonNode::asString)
                    .collect(Collectors.toCollection(LinkedHashSet::new)) : Set.of(type.asString());
        }
        List<JsonNode> values = valuesOf(schema);
        return values == null ? null : values.stream().map(SchemaCompatibility::typeOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether {@code type} is among {@code accepted}, an integer being a number too. */
    static boolean accepts(Set<String> accepted, String type) {
        return accepted.contains(type) || type.equals("integer") && accepted.contains("number");
    }

    /** The schema a local {@code $ref} points to within {@code root}, or {@code schema} itself when it is no $ref. */
    static JsonNode resolve(JsonNode root, JsonNode schema) {
        String ref = localRef(schema);
        if (ref == null) {
            return schema;
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("$ref " + ref + " points to nothing in its schema");
        }
        return target;
    }

    private static String localRef(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return null;
        }
        if (!ref.asString().startsWith("#")) {
            throw new IllegalArgumentException("only local $refs (#/$defs/...) are judged, not " + ref.asString());
        }
        return ref.asString();
    }

    /** The values an enum or a const allows; null when the schema has neither. */
    private static List<JsonNode> valuesOf(JsonNode schema) {
        if (schema.has("const")) {
            return List.of(schema.get("const"));
        }
        return schema.has("enum") ? List.copyOf(schema.get("enum").values()) : null;
    }

    private static String typeOf(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() || isWhole(value.decimalValue()) ? "integer" : "number";
        }
        return value.isString() ? "string" : value.isBoolean() ? "boolean" : value.isArray() ? "array" : "object";
    }

    private static boolean isWhole(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0;
    }

    /** One walk of a released schema and its successor, side by side. */
    private static final class Comparison {

        private final JsonNode releasedRoot;
        private final JsonNode currentRoot;
        /** A definition reached from several places is judged, and reported, once. */
        private final Set<BreakingChange> found = new LinkedHashSet<>();
        private final Set<String> followedRefs = new HashSet<>();

        Comparison(JsonNode releasedRoot, JsonNode currentRoot) {
            this.releasedRoot = releasedRoot;
            this.currentRoot = currentRoot;
        }

        void sameId() {
            String released = text(releasedRoot, "$id");
            String current = text(currentRoot, "$id");
            if (released != null && !released.equals(current)) {
                report("/$id", "$id changed from " + released + " to " + current + ": events of the released "
                        + "version name " + released + " as their ce_dataschema");
            }
        }

        void compare(JsonNode released, JsonNode current, String pointer) {
            String releasedRef = localRef(released);
            String currentRef = localRef(current);
            if (releasedRef != null || currentRef != null) {
                // the pair is judged once, which also ends the walk of a recursive schema
                if (followedRefs.add(releasedRef + " " + currentRef)) {
                    compare(resolve(releasedRoot, released), resolve(currentRoot, current),
                            currentRef == null ? pointer : currentRef.substring(1));
                }
                return;
            }
            if (released.isBoolean() && !released.booleanValue()) {
                return; // it accepted nothing, so whatever follows accepts all it did
            }
            if (current.isBoolean() && !current.booleanValue()) {
                report(pointer, "now refuses every value, where values were valid before");
                return;
            }
            JsonNode before = released.isBoolean() ? ANYTHING : released;
            JsonNode after = current.isBoolean() ? ANYTHING : current;
            keywordsNotJudged(before, after, pointer);
            type(before, after, pointer);
            values(before, after, pointer);
            pattern(before, after, pointer);
            format(before, after, pointer);
            bounds(before, after, pointer);
            if (mayBe(before, "object")) {
                properties(before, after, pointer);
            }
            if (mayBe(before, "array")) {
                items(before, after, pointer);
            }
        }

        private void keywordsNotJudged(JsonNode released, JsonNode current, String pointer) {
            Set<String> keywords = new TreeSet<>(released.propertyNames());
            keywords.addAll(current.propertyNames());
            for (String keyword : keywords) {
                if (!NOT_ASSERTIONS.contains(keyword) && !JUDGED.contains(keyword)
                        && !released.path(keyword).equals(current.path(keyword))) {
                    report(pointer + "/" + escape(keyword), keyword + " changed, and this check cannot judge "
                            + keyword + ": publish the change as a new version");
                }
            }
        }

        private void type(JsonNode released, JsonNode current, String pointer) {
            Set<String> before = typesOf(released);
            Set<String> after = typesOf(current);
            if (after == null) {
                return;
            }
            if (before == null) {
                report(pointer + "/type", "type restricted to " + render(after) + " where any type was valid");
                return;
            }
            List<String> refused = before.stream().filter(type -> !accepts(after, type)).toList();
            if (!refused.isEmpty()) {
                report(pointer + "/type", "type narrowed from " + render(before) + " to " + render(after) + ": "
                        + refused.stream().map(type -> aValueOf(type, after)).collect(Collectors.joining(" or "))
                        + ", valid before, is refused now");
            }
        }

        private void values(JsonNode released, JsonNode current, String pointer) {
            List<JsonNode> after = valuesOf(current);
            if (after == null) {
                return;
            }
            String keyword = current.has("const") ? "const" : "enum";
            List<JsonNode> before = valuesOf(released);
            if (before == null) {
                Set<String> types = typesOf(released);
                String open = types != null && types.equals(Set.of("string")) ? "an open string" : "an open value";
                report(pointer + "/" + keyword, keyword.equals("const")
                        ? open + " is now always " + after.getFirst() + ": any other, valid before, is refused now"
                        : open + " turned into an enum of " + after.size() + " values: any other, valid before, "
                        + "is refused now");
                return;
            }
            List<JsonNode> lost = before.stream().filter(value -> after.stream().noneMatch(kept -> same(value, kept)))
                    .toList();
            if (!lost.isEmpty()) {
                report(pointer + "/" + keyword, keyword + " lost " + join(lost) + ": events carrying "
                        + (lost.size() == 1 ? "it" : "them") + ", valid before, are refused now");
            }
        }

        private void pattern(JsonNode released, JsonNode current, String pointer) {
            String before = text(released, "pattern");
            String after = text(current, "pattern");
            if (after == null || after.equals(before)) {
                return;
            }
            List<JsonNode> allowed = valuesOf(released);
            if (allowed != null) {
                Pattern pattern = Pattern.compile(after);
                List<JsonNode> refused = allowed.stream()
                        .filter(value -> value.isString() && !pattern.matcher(value.asString()).find()).toList();
                if (!refused.isEmpty()) {
                    report(pointer + "/pattern", "pattern " + after + " refuses " + join(refused) + ", which the "
                            + "released " + (released.has("const") ? "const" : "enum") + " allowed");
                }
                return;
            }
            report(pointer + "/pattern", before == null
                    ? "pattern " + after + " added where there was none: strings that do not match it, valid "
                    + "before, are refused now"
                    : "pattern changed from " + before + " to " + after + ": nothing shows that it accepts every "
                    + "string the released one did");
        }

        private void format(JsonNode released, JsonNode current, String pointer) {
            String before = text(released, "format");
            String after = text(current, "format");
            if (after != null && !after.equals(before)) {
                report(pointer + "/format", (before == null ? "format " + after + " added where there was none"
                        : "format changed from " + before + " to " + after)
                        + ": strings that are no " + after + ", valid before, are refused now");
            }
        }

        private void bounds(JsonNode released, JsonNode current, String pointer) {
            List<JsonNode> allowed = valuesOf(released);
            for (Bound bound : BOUNDS) {
                BigDecimal before = number(released, bound.keyword());
                BigDecimal after = number(current, bound.keyword());
                if (after == null || !bound.tightens(before, after)) {
                    continue;
                }
                String at = pointer + "/" + bound.keyword();
                if (allowed == null) {
                    report(at, (before == null ? bound.keyword() + " " + plain(after) + " added where there was none"
                            : bound.keyword() + " tightened from " + plain(before) + " to " + plain(after))
                            + ": " + bound.refused() + ", valid before, are refused now");
                    continue;
                }
                List<JsonNode> refused = allowed.stream().filter(value -> !bound.admits(value, after)).toList();
                if (!refused.isEmpty()) {
                    report(at, bound.keyword() + " " + plain(after) + " refuses " + join(refused) + ", which the "
                            + "released " + (released.has("const") ? "const" : "enum") + " allowed");
                }
            }
            if (current.path("uniqueItems").asBoolean(false) && !released.path("uniqueItems").asBoolean(false)) {
                report(pointer + "/uniqueItems", "uniqueItems added: arrays with an item twice, valid before, are "
                        + "refused now");
            }
        }

        private void properties(JsonNode released, JsonNode current, String pointer) {
            JsonNode before = released.path("properties");
            JsonNode after = current.path("properties");
            for (String name : before.propertyNames()) {
                String at = pointer + "/properties/" + escape(name);
                if (after.has(name)) {
                    compare(before.get(name), after.get(name), at);
                } else {
                    report(at, "property " + name + " removed or renamed: consumers that read it find nothing "
                            + "there");
                }
            }
            JsonNode othersBefore = released.get("additionalProperties");
            if (othersBefore != null && othersBefore.isObject()) {
                // a property named now was one of the others before, and must accept what they could hold
                for (String name : after.propertyNames()) {
                    if (!before.has(name)) {
                        compare(othersBefore, after.get(name), pointer + "/properties/" + escape(name));
                    }
                }
            }
            Set<String> requiredBefore = strings(released.path("required"));
            for (String name : strings(current.path("required"))) {
                if (!requiredBefore.contains(name)) {
                    report(pointer + "/required", name + " made required: events without it, valid before, are "
                            + "refused now");
                }
            }
            additionalProperties(othersBefore, current.get("additionalProperties"), pointer + "/additionalProperties");
        }

        private void additionalProperties(JsonNode released, JsonNode current, String pointer) {
            if (current == null || released != null && released.isBoolean() && !released.booleanValue()) {
                return;
            }
            if (current.isBoolean() && !current.booleanValue()) {
                report(pointer, "additionalProperties turned false: properties the schema does not name, valid "
                        + "before, are refused now, and so is any field a producer adds later");
                return;
            }
            compare(released == null ? ANYTHING : released, current, pointer);
        }

        private void items(JsonNode released, JsonNode current, String pointer) {
            JsonNode after = current.get("items");
            if (after != null) {
                JsonNode before = released.get("items");
                compare(before == null ? ANYTHING : before, after, pointer + "/items");
            }
        }

        private void report(String pointer, String reason) {
            found.add(new BreakingChange(pointer, reason));
        }
    }

    /**
     * A keyword that bounds a value's length, count or amount.
     *
     * @param trivial a value that bounds nothing (a minimum length of 0), or null
     * @param refused what a tightened bound refuses, in words
     * @param measure the length, count or amount of a value, or null when the bound does not apply to it
     */
    private record Bound(String keyword, boolean lower, boolean exclusive, BigDecimal trivial, String refused,
                         Function<JsonNode, BigDecimal> measure) {

        boolean tightens(BigDecimal before, BigDecimal after) {
            if (before == null) {
                return trivial == null || after.compareTo(trivial) != 0;
            }
            return lower ? after.compareTo(before) > 0 : after.compareTo(before) < 0;
        }

        boolean admits(JsonNode value, BigDecimal bound) {
            BigDecimal measured = measure.apply(value);
            if (measured == null) {
                return true;
            }
            int comparison = measured.compareTo(bound);
            return lower ? comparison > 0 || !exclusive && comparison == 0
                    : comparison < 0 || !exclusive && comparison == 0;
        }
    }

    private static BigDecimal length(JsonNode value) {
        return value.isString() ? BigDecimal.valueOf(value.asString().codePoints().count()) : null;
    }

    private static BigDecimal size(JsonNode value) {
        return value.isArray() ? BigDecimal.valueOf(value.size()) : null;
    }

    private static BigDecimal amount(JsonNode value) {
        return value.isNumber() ? value.decimalValue() : null;
    }

    private static boolean mayBe(JsonNode schema, String type) {
        Set<String> types = typesOf(schema);
        return types == null || types.contains(type);
    }

    private static boolean same(JsonNode value, JsonNode other) {
        return value.isNumber() && other.isNumber() ? value.decimalValue().compareTo(other.decimalValue()) == 0
                : value.equals(other);
    }

    private static String aValueOf(String type, Set<String> kept) {
        return switch (type) {
            case "null" -> "null";
            case "number" -> kept.contains("integer") ? "a number with a fraction" : "a number";
            case "integer", "object", "array" -> "an " + type;
            default -> "a " + type;
        };
    }

    private static String render(Set<String> types) {
        return types.size() == 1 ? "\"" + types.iterator().next() + "\""
                : types.stream().map(type -> "\"" + type + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String join(List<JsonNode> values) {
        return values.stream().map(JsonNode::toString).collect(Collectors.joining(", "));
    }

    private static String text(JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static BigDecimal number(JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> strings = new TreeSet<>();
        array.values().forEach(value -> strings.add(value.asString()));
        return strings;
    }

    /** A property name as one segment of a JSON pointer (RFC 6901). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
