package org.casemgmt.platform.domain;

/** The request names something that does not exist: answered with 404 and problem type {@code not-found}. */
public class ResourceNotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    /**
     * @param kind what was looked for, as a user calls it ("client", "intake")
     * @param id   the id that was not found
     */
    public ResourceNotFoundException(String kind, String id) {
        super("There is no " + kind + " " + id + ".");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
