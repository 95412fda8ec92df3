package org.casemgmt.referral.directory;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The Open Referral HSDS 3.0 objects a service and a location are described with, under their HSDS (snake_case)
 * names, so a directory exported by another HSDS system reads as it is. Only the fields the platform uses are kept.
 */
final class Hsds {

    /** The ids of organizations, services, locations and agencies: HSDS uses UUIDs, the sample readable names. */
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    static final String ID_MESSAGE = "must be letters, digits, '.', '_' or '-', at most 100";
    /**
     * The taxonomy whose terms are the platform's service types: the codes a plan's interventions name (e.g.
     * HOUSING_SEARCH), which referral matches. An attribute may link a term of any other taxonomy too; it is kept
     * and shown, and matches nothing.
     */
    static final String SERVICE_TYPES = "casemgmt-service-types";

    private Hsds() {
    }

    /**
     * @param taxonomy the taxonomy the term is from; {@value #SERVICE_TYPES} for the platform's service types
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TaxonomyTerm(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
                                message = "must be a code such as HOUSING_SEARCH") String code,
                        @NotBlank @Size(max = 200) String name,
                        @NotBlank @Size(max = 100) String taxonomy) {

        boolean isServiceType() {
            return SERVICE_TYPES.equals(taxonomy);
        }

        /** The form a plan's interventions give a service type, so that the two can meet. */
        @AssertTrue(message = "a service type code is upper case, such as HOUSING_SEARCH")
        boolean isServiceTypeCodeUpperCase() {
            return !isServiceType() || code == null || code.matches("[A-Z][A-Z0-9_]{1,63}");
        }
    }

    /** A taxonomy term linked to the service, e.g. one of its service types. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Attribute(@NotNull @Valid TaxonomyTerm taxonomyTerm, @Size(max = 500) String value) {
    }

    /** @param code an ISO 639 code, e.g. en, pl, ar */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Language(@NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                            message = "must be an ISO 639 language code such as en or pt-BR") String code,
                    @Size(max = 100) String name) {
    }

    /**
     * @param name   the area the service covers, e.g. north-district: the search matches it
     * @param extent its boundary (GeoJSON or the like), if published
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceArea(@NotBlank @Size(max = 100) String name, @Size(max = 10000) String extent,
                       @Size(max = 1000) String description) {
    }

    /**
     * When the service is open, in iCalendar terms as HSDS puts it.
     *
     * @param byday    the week days, e.g. MO,TU,WE
     * @param opensAt  local time, HH:MM
     * @param closesAt local time, HH:MM
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Schedule(@Pattern(regexp = "(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*",
                            message = "must be week days such as MO,TU,WE") String byday,
                    @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be a time such as 09:00")
                    String opensAt,
                    @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be a time such as 17:30")
                    String closesAt,
                    @Size(max = 1000) String description) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RequiredDocument(@NotBlank @Size(max = 500) String document) {
    }

    /** @param country ISO 3166-1 alpha-2 */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Address(@JsonProperty("address_1") @NotBlank @Size(max = 200) String address1,
                   @NotBlank @Size(max = 100) String city,
                   @Size(max = 20) String postalCode,
                   @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 country code such as GB")
                   String country) {
    }
}
