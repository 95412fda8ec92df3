package org.casemgmt.platform.documents;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** A file or a request for one that is refused, with the problem document's status, slug and title. */
public class DocumentRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties;

    DocumentRefusedException(HttpStatus status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    DocumentRefusedException(HttpStatus status, String slug, String title, String detail,
                             Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
