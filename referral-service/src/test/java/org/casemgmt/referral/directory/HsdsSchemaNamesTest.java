package org.casemgmt.referral.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.casemgmt.referral.directory.DirectoryForms.ServiceForm;
import org.junit.jupiter.api.Test;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.media.Schema;

/** The OpenAPI document names the directory's properties as the wire does, in snake_case. */
class HsdsSchemaNamesTest {

    private final ModelConverters converters = new ModelConverters();

    HsdsSchemaNamesTest() {
        converters.addConverter(new HsdsSchemaNames());
    }

    @Test
    void aModelIsDescribedUnderItsSnakeCaseNames() {
        Map<String, Schema> schemas = converters.readAll(new AnnotatedType(ServiceListing.class));

        assertThat(schemas.get("ServiceListing").getProperties()).containsKeys("service_id", "organization_name",
                "minimum_age", "service_areas", "last_modified").doesNotContainKey("serviceId");
    }

    @Test
    void aBodyResolvedAsAReferenceHasItsModelRenamedWithTheUnwrappedProfileAndTheRequiredNames() {
        ResolvedSchema body = converters.resolveAsResolvedSchema(new AnnotatedType(ServiceForm.class)
                .resolveAsRef(true));

        Schema<?> form = body.referencedSchemas.get("ServiceForm");
        assertThat(form.getProperties()).containsKeys("organization_id", "eligibility_description", "minimum_age",
                "required_documents").doesNotContainKeys("profile", "organizationId");
        assertThat(form.getRequired()).contains("organization_id", "name", "status");
        assertThat(body.referencedSchemas.get("Attribute").getProperties()).containsKey("taxonomy_term");
    }
}
