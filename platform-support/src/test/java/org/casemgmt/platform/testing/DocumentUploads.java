package org.casemgmt.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A case document uploaded as a browser or client sends one: a multipart form with a small PDF, type and title. */
public final class DocumentUploads {

    static final byte[] SMALL_PDF = "%PDF-1.4\n% a test document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private DocumentUploads() {
    }

    /** The upload request, ready to send; {@code authorization} may be null. */
    public static MockMultipartHttpServletRequestBuilder upload(String documentsPath, String authorization) {
        MockMultipartHttpServletRequestBuilder upload = MockMvcRequestBuilders.multipart(documentsPath);
        upload.file(new MockMultipartFile("file", "test.pdf", "application/pdf", SMALL_PDF))
                .param("type", "OTHER").param("title", "A test document");
        if (authorization != null) {
            upload.header("Authorization", authorization);
        }
        return upload;
    }

    /** Attaches a small PDF as {@code authorization}, which must succeed; answers the document's id. */
    public static String attach(MockMvcTester mvc, String documentsPath, String authorization) {
        MockHttpServletResponse response = mvc.perform(upload(documentsPath, authorization)).getResponse();
        assertThat(response.getStatus()).as("attaching a document to " + documentsPath).isEqualTo(201);
        String location = response.getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
