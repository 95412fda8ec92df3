package org.casemgmt.console.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A problem document (RFC 9457) the platform answered with: what the console shows the user, next to the fields it
 * names ({@code errors}) or above the form. {@code properties} keeps the rest, e.g. the duplicate candidates.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;
    private final Map<String, Object> properties;

    public ApiProblem(int status, String type, String title, String detail, Map<String, String> fieldErrors,
            Map<String, Object> properties) {
        super(status + " " + type + ": " + detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.properties = properties;
    }

    /** From the document's fields; a body that is no problem document still gives its status. */
    @SuppressWarnings("unchecked")
    static ApiProblem of(int status, Map<String, Object> document) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        Object errors = document.get("errors");
        if (errors instanceof List<?> list) {
            for (Object error : list) {
                if (error instanceof Map<?, ?> fieldError && fieldError.get("field") != null) {
                    fieldErrors.merge(String.valueOf(fieldError.get("field")), String.valueOf(fieldError.get("message")),
                            (first, second) -> first + " " + second);
                }
            }
        }
        return new ApiProblem(status, text(document.get("type"), "about:blank"), text(document.get("title"), null),
                text(document.get("detail"), null), fieldErrors, (Map<String, Object>) (Map<?, ?>) document);
    }

    private static String text(Object value, String otherwise) {
        return value == null ? otherwise : String.valueOf(value);
    }

    public int status() {
        return status;
    }

    /** The last part of the type URI, e.g. {@code possible-duplicate} of {@code urn:casemgmt:problem:possible-duplicate}. */
    public String code() {
        int separator = Math.max(type.lastIndexOf(':'), type.lastIndexOf('/'));
        return type.substring(separator + 1);
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public Object property(String name) {
        return properties.get(name);
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
