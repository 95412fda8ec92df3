package org.casemgmt.events;

/**
 * The services of the platform, as producers and consumers of events. The name is the service's
 * {@code spring.application.name}, its CloudEvents {@code source} path and its principal on the broker.
 */
public enum PlatformService {
    INTAKE("intake-service"),
    PLANNING("planning-service"),
    REFERRAL("referral-service"),
    MONITORING("monitoring-service"),
    CLOSURE("closure-service"),
    PARTNER("partner-service");

    private static final String SOURCE_PREFIX = "/casemgmt/";

    private final String applicationName;

    PlatformService(String applicationName) {
        this.applicationName = applicationName;
    }

    public String applicationName() {
        return applicationName;
    }

    /** The CloudEvents {@code source} of every event this service publishes, e.g. {@code /casemgmt/intake-service}. */
    public String source() {
        return SOURCE_PREFIX + applicationName;
    }
}
