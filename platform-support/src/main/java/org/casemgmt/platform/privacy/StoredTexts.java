package org.casemgmt.platform.privacy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Walks a stored document (as MongoDB maps it, nested maps and lists) to the texts a {@link PersonalTextEncryption}
 * rewrites. Every method tolerates an absent holder or field, so a description of where texts live reads as a plain
 * list of paths.
 */
public final class StoredTexts {

    private StoredTexts() {
    }

    /** Replaces the text at {@code field} by {@code change} of it; absent and null texts stay. */
    public static void text(Map<String, Object> holder, String field, UnaryOperator<String> change) {
        if (holder != null && holder.get(field) instanceof String text) {
            holder.put(field, change.apply(text));
        }
    }

    /** Each text of a list of texts, e.g. an assessment's strengths; an erased list reads empty. */
    public static void texts(Map<String, Object> holder, String field, UnaryOperator<String> change) {
        if (holder != null && holder.get(field) instanceof List<?> elements) {
            holder.put(field, elements.stream()
                    .map(element -> element instanceof String text ? change.apply(text) : element)
                    .filter(Objects::nonNull).toList());
        }
    }

    /** Applies {@code action} to each embedded document of the list at {@code field}. */
    public static void each(Map<String, Object> holder, String field, Consumer<Map<String, Object>> action) {
        if (holder != null && holder.get(field) instanceof List<?> elements) {
            elements.stream().map(StoredTexts::asMap).filter(Objects::nonNull).forEach(action);
        }
    }

    /** The embedded document at {@code field}, or null. */
    public static Map<String, Object> child(Map<String, Object> holder, String field) {
        return holder == null ? null : asMap(holder.get(field));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }
}
