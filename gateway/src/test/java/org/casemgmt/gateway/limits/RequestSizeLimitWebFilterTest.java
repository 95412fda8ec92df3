package org.casemgmt.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.util.unit.DataSize;

class RequestSizeLimitWebFilterTest {

    private final RequestSizeLimitWebFilter filter = new RequestSizeLimitWebFilter(
            new RequestSizeProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(11)));

    @Test
    void aDocumentUploadToAnyStageMayBeAsLargeAsADocument() {
        for (String path : new String[] {"/api/intake/intakes/i-1/documents", "/api/referral/cases/c-1/documents",
                "/api/monitoring/cases/c-1/documents", "/api/closure/cases/c-1/documents",
                "/console/cases/c-1/documents"}) {
            assertThat(filter.limitOf(MockServerHttpRequest.post(path)
                    .contentType(MediaType.parseMediaType("multipart/form-data; boundary=x")).build()))
                    .as(path).isEqualTo(DataSize.ofMegabytes(11).toBytes());
        }
    }

    @Test
    void everythingElseKeepsTheGeneralLimit() {
        long general = DataSize.ofMegabytes(1).toBytes();
        assertThat(filter.limitOf(MockServerHttpRequest.post("/api/intake/intakes/i-1/documents")
                .contentType(MediaType.APPLICATION_JSON).build())).as("not multipart").isEqualTo(general);
        assertThat(filter.limitOf(MockServerHttpRequest.put("/api/intake/intakes/i-1/documents")
                .contentType(MediaType.MULTIPART_FORM_DATA).build())).as("not a POST").isEqualTo(general);
        assertThat(filter.limitOf(MockServerHttpRequest.post("/api/intake/clients")
                .contentType(MediaType.MULTIPART_FORM_DATA).build())).as("not documents").isEqualTo(general);
        assertThat(filter.limitOf(MockServerHttpRequest.post("/api/intake/intakes/i-1/documents/d-1/content")
                .contentType(MediaType.MULTIPART_FORM_DATA).build())).as("below documents").isEqualTo(general);
        assertThat(filter.limitOf(MockServerHttpRequest.post("/api/intake/intakes/i-1/documents")
                .build())).as("no content type").isEqualTo(general);
        assertThat(filter.limitOf(MockServerHttpRequest.post("/console/cases/c-1/notes")
                .contentType(MediaType.MULTIPART_FORM_DATA).build())).as("another console form").isEqualTo(general);
        assertThat(filter.limitOf(MockServerHttpRequest.post("/console/cases/c-1/documents")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).build())).as("the console's, not multipart")
                .isEqualTo(general);
    }
}
