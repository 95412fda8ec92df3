package org.casemgmt.closure.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The retention of a program whose agency set none (application.yml, {@code closure.retention.*}). Checked at start-up:
 * a service that cannot say how long it keeps a closed case refuses to start rather than to keep it for ever.
 *
 * @param defaultPeriod     how long a closed case is kept after its closure, an ISO-8601 period ({@code P7Y})
 * @param defaultLegalBasis why, as the agency would state it
 */
@ConfigurationProperties("closure.retention")
record RetentionDefaults(String defaultPeriod, String defaultLegalBasis) {

    RetentionDefaults {
        defaultPeriod = defaultPeriod == null ? "P7Y" : defaultPeriod;
        defaultLegalBasis = defaultLegalBasis == null || defaultLegalBasis.isBlank()
                ? "The agency's records retention schedule" : defaultLegalBasis;
        new RetentionPeriod(defaultPeriod);
    }

    RetentionPolicy policy() {
        return new RetentionPolicy(new RetentionPeriod(defaultPeriod), defaultLegalBasis);
    }
}
