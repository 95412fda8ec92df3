package org.casemgmt.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts every call of this controller method on the audit trail, whatever its outcome (4xx and 5xx included):
 * <pre>{@code
 * @Audited(resource = "client", action = AuditAction.READ, idParam = "id")
 * @GetMapping("/{id}") ClientResponse get(@PathVariable String id) { ... }
 * }</pre>
 * The entry is written before the response body leaves; if it cannot be written, the body does not leave and
 * the caller gets 503 {@code audit-unavailable} instead (see {@code AuditedRequests}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Audited {

    /** The kind of resource, as auditors call it: {@code client}, {@code intake}, {@code plan}. */
    String resource();

    AuditAction action();

    /** A domain verb when the action alone says too little, e.g. {@code decide}, {@code search}. */
    String operation() default "";

    /**
     * The path variable (or request parameter) holding the resource id. Left empty on a method that creates
     * the resource: the id is then the last segment of the response's {@code Location}. A list or a search
     * names none and has neither: it reads many and records its filter instead.
     */
    String idParam() default "";

    /** The path variable (or request parameter) holding the case id, when the resource belongs to a case. */
    String caseIdParam() default "";

    /**
     * For an endpoint whose request does not name the case (a plan found by its own id): the property of the
     * response body that does, e.g. {@code caseId}. An answer without it (an error) leaves the case unknown.
     */
    String caseIdProperty() default "";

    /**
     * Query parameters whose values are recorded in the filter of a list or a search. Any other parameter given
     * is recorded by its name alone, since its value may be personal data (a name, a birth date).
     */
    String[] recordValuesOf() default {};
}
