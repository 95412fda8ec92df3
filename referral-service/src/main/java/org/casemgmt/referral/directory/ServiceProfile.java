package org.casemgmt.referral.directory;

import java.time.LocalDate;
import java.util.List;

import org.casemgmt.referral.directory.Hsds.Attribute;
import org.casemgmt.referral.directory.Hsds.Language;
import org.casemgmt.referral.directory.Hsds.RequiredDocument;
import org.casemgmt.referral.directory.Hsds.Schedule;
import org.casemgmt.referral.directory.Hsds.ServiceArea;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What an HSDS 3.0 service says about itself, under the HSDS names: what it offers (its {@link #attributes()}, among
 * them its service types), to whom (eligibility, ages, languages, areas), when, and what to bring. HSDS 3.0 has no
 * eligibility object: eligibility is these fields.
 *
 * @param minimumAge  the youngest age served; null for no lower bound
 * @param maximumAge  the oldest age served; null for no upper bound
 * @param assuredDate when the provider last confirmed the information
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ServiceProfile(@NotBlank @Size(max = 200) String name,
                      @Size(max = 4000) String description,
                      @NotNull ServiceStatus status,
                      @Size(max = 50) List<@Valid @NotNull Attribute> attributes,
                      @Size(max = 4000) String eligibilityDescription,
                      @Min(0) @Max(150) Integer minimumAge,
                      @Min(0) @Max(150) Integer maximumAge,
                      @Size(max = 50) List<@Valid @NotNull Language> languages,
                      @Size(max = 50) List<@Valid @NotNull ServiceArea> serviceAreas,
                      @Size(max = 50) List<@Valid @NotNull Schedule> schedules,
                      @Size(max = 50) List<@Valid @NotNull RequiredDocument> requiredDocuments,
                      LocalDate assuredDate) {

    ServiceProfile {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        languages = languages == null ? List.of() : List.copyOf(languages);
        serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
    }

    @AssertTrue(message = "minimum_age must not be above maximum_age")
    boolean isAgeRangeOrdered() {
        return minimumAge == null || maximumAge == null || minimumAge <= maximumAge;
    }

    /** The codes of the platform's service types among the attributes, each once, in their order. */
    List<String> serviceTypes() {
        return attributes.stream().filter(attribute -> attribute.taxonomyTerm().isServiceType())
                .map(attribute -> attribute.taxonomyTerm().code()).distinct().toList();
    }

    List<String> languageCodes() {
        return languages.stream().map(Language::code).toList();
    }

    List<String> areaNames() {
        return serviceAreas.stream().map(ServiceArea::name).toList();
    }
}
