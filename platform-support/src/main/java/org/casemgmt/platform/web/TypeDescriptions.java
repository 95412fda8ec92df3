package org.casemgmt.platform.web;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a value of a Java type must look like, in the words a user reads in a 400 problem: "must be a date like
 * 2026-03-14", "must be one of DRAFT, SUBMITTED". Error texts never name the Java class, which says nothing to a
 * caller and tells an attacker what the service is built with.
 */
final class TypeDescriptions {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class);
    private static final Set<Class<?>> MOMENTS = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class);

    private TypeDescriptions() {
    }

    /** The message of a value that could not be read as {@code type}; {@code null} type: nothing known of it. */
    static String mustBe(Class<?> type) {
        if (type == null) {
            return "has a value of the wrong kind";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> wireName((Enum<?>) constant)).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "must be a date like 2026-03-14";
        }
        if (MOMENTS.contains(type)) {
            return "must be a date and time with its offset, like 2026-03-14T09:30:00Z";
        }
        if (type == LocalDateTime.class) {
            return "must be a date and time like 2026-03-14T09:30:00";
        }
        if (type == LocalTime.class) {
            return "must be a time like 09:30";
        }
        if (type == Duration.class) {
            return "must be a duration like PT30M";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "must be a whole number";
        }
        if (NUMBERS.contains(type)) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == UUID.class) {
            return "must be a UUID like 3f2b8c1e-9d4a-4e7b-8a61-0c5d2e9f7a13";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "must be text";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "must be an object with the documented fields";
    }

    /** The constant as JSON spells it: its {@code @JsonValue}, its {@code @JsonProperty}, or else its name. */
    private static String wireName(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0
                    && method.trySetAccessible()) {
                try {
                    return String.valueOf(method.invoke(constant));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    return constant.name();
                }
            }
        }
        try {
            Field field = type.getField(constant.name());
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            return property == null || property.value().isEmpty() ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }
}
