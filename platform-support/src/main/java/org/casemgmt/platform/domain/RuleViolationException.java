package org.casemgmt.platform.domain;

import java.util.Map;

/**
 * A domain rule refused the change: answered with 409, problem type {@code urn:casemgmt:problem:<slug>}, the
 * detail, and the extra properties as members of the problem document (e.g. the candidates of a possible
 * duplicate).
 */
public class RuleViolationException extends RuntimeException {

    private final String slug;
    private final Map<String, Object> properties;

    /**
     * @param slug   the rule's stable name, lower-case words joined by hyphens, e.g. {@code consent-expired}
     * @param detail what a user reads: which rule, and what to do about it
     */
    public RuleViolationException(String slug, String detail) {
        this(slug, detail, Map.of());
    }

    public RuleViolationException(String slug, String detail, Map<String, ?> properties) {
        super(detail);
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("slug must be lower-case words joined by hyphens: " + slug);
        }
        this.slug = slug;
        this.properties = Map.copyOf(properties);
    }

    public String slug() {
        return slug;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
