package org.casemgmt.platform.web.faults;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.json.JsonMapper;

/**
 * The fault switch ({@link FaultInjectionFilter}), for tests only: absent unless
 * {@code casemgmt.fault-injection.enabled=true} (env {@code CASEMGMT_FAULTINJECTION_ENABLED=true}), since whoever
 * reaches the service's port could then break it without a token.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(FaultInjectionAutoConfiguration.ENABLED)
class FaultInjectionAutoConfiguration {

    static final String ENABLED = "casemgmt.fault-injection.enabled";
    private static final Logger log = LoggerFactory.getLogger(FaultInjectionAutoConfiguration.class);

    @Bean
    FaultInjectionFilter faultInjectionFilter(JsonMapper json) {
        log.warn("fault injection is ENABLED: test use only ({}=true); PUT {} can make this instance fail or slow",
                ENABLED, FaultInjectionFilter.SWITCH_PATH);
        return new FaultInjectionFilter(json);
    }
}
