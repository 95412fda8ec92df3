package org.casemgmt.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code casemgmt.gateway.max-request-size} (env {@code CASEMGMT_GATEWAY_MAX_REQUEST_SIZE}), e.g. {@code 1MB}; a
 * document upload (a multipart POST to a stage's {@code .../documents}, or to the web console's
 * {@code /console/cases/<id>/documents}) may be as large as
 * {@code casemgmt.gateway.max-document-upload-size}, the stages' own document limit and the form around it.
 */
@ConfigurationProperties("casemgmt.gateway")
record RequestSizeProperties(DataSize maxRequestSize, @DefaultValue("11MB") DataSize maxDocumentUploadSize) {
}
