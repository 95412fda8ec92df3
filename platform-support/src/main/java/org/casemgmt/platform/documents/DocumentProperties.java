package org.casemgmt.platform.documents;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Case documents ({@code casemgmt.documents.*}).
 *
 * @param basePath     where a case's documents are, before {@code /{caseId}/documents}, e.g.
 *                     {@code /api/monitoring/cases}; a stage without one keeps no documents
 * @param maxSize      the largest file accepted
 * @param allowedTypes the media types accepted, as the file's content shows them (never as the client says)
 * @param scanner      the ClamAV daemon every file is scanned by before it is stored
 */
@ConfigurationProperties("casemgmt.documents")
public record DocumentProperties(
        String basePath,
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue({"application/pdf", "image/png", "image/jpeg", "image/tiff", "text/plain",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.text"}) List<String> allowedTypes,
        @DefaultValue Scanner scanner) {

    /**
     * @param host    clamd's address
     * @param port    clamd's TCP port
     * @param timeout how long connecting, and waiting for each answer, may take before the scanner counts as
     *                unavailable
     */
    public record Scanner(@DefaultValue("127.0.0.1") String host, @DefaultValue("3310") int port,
                          @DefaultValue("30s") Duration timeout) {
    }
}
