package org.casemgmt.platform.web.idempotency;

import java.time.Clock;

import org.casemgmt.platform.audit.AuditTrail;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.function.SingletonSupplier;

import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(afterName = {
        "org.casemgmt.platform.web.WebDefaultsAutoConfiguration",
        "org.casemgmt.platform.security.ResourceServerAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({MongoTemplate.class, CurrentActor.class})
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyAutoConfiguration {

    @Bean
    IdempotencyRecords idempotencyRecords(MongoTemplate mongo, ObjectProvider<Clock> clock,
                                          IdempotencyProperties properties) {
        IdempotencyRecords records = new IdempotencyRecords(mongo, clock.getIfAvailable(Clock::systemUTC), properties);
        records.createIndexes();
        return records;
    }

    @Bean
    IdempotencyKeyFilter idempotencyKeyFilter(IdempotencyRecords records, CurrentActor actor, JsonMapper json,
                                              ObjectProvider<PersonalDataCipher> cipher,
                                              ObjectProvider<AuditTrail> trail) {
        return new IdempotencyKeyFilter(records, actor, json, () -> new ResponseSeal(cipher.getObject()),
                trail::getObject);
    }

    @Bean
    ApplyingBeforeFirstWrite applyingBeforeFirstWrite(ObjectProvider<IdempotencyRecords> records) {
        return new ApplyingBeforeFirstWrite(SingletonSupplier.of(records::getObject));
    }
}
