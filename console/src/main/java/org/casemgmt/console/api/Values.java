package org.casemgmt.console.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reading the platform's JSON answers, held as maps, without a cast at every turn. */
public final class Values {

    private Values() {
    }

    public static String text(Map<String, ?> document, String field) {
        Object value = document == null ? null : document.get(field);
        return value == null ? null : String.valueOf(value);
    }

    public static Instant instant(Map<String, ?> document, String field) {
        String value = text(document, field);
        return value == null ? null : Instant.parse(value);
    }

    public static Long number(Map<String, ?> document, String field) {
        Object value = document == null ? null : document.get(field);
        return value instanceof Number number ? number.longValue() : null;
    }

    public static Double decimal(Map<String, ?> document, String field) {
        Object value = document == null ? null : document.get(field);
        return value instanceof Number number ? number.doubleValue() : null;
    }

    public static boolean flag(Map<String, ?> document, String field) {
        return document != null && Boolean.TRUE.equals(document.get(field));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, ?> document, String field) {
        Object value = document == null ? null : document.get(field);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> objects(Map<String, ?> document, String field) {
        Object value = document == null ? null : document.get(field);
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    public static List<String> texts(Map<String, ?> document, String field) {
        Object value = document == null ? null : document.get(field);
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
