package org.casemgmt.platform.privacy;

import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The beans are lazy so that only a service that uses them needs a master key: one that injects the cipher or the
 * blind index into its own beans creates them at start-up, and fails to start there when the key is missing.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyAutoConfiguration {

    @Bean
    @Lazy
    MasterKeys privacyMasterKeys(PrivacyProperties properties) {
        return MasterKeys.from(properties);
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    @ConditionalOnBean(MongoTemplate.class)
    PersonalDataCipher personalDataCipher(MongoTemplate mongo, MasterKeys masterKeys, PrivacyProperties properties,
                                          ObjectProvider<Clock> clock) {
        SecureRandom random = new SecureRandom();
        return new PersonalDataCipher(new SubjectKeys(mongo, masterKeys, random, clock.getIfAvailable(Clock::systemUTC),
                properties.keyCacheSize(), properties.keyCacheTtl()), random);
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    BlindIndex blindIndex(MasterKeys masterKeys) {
        return new BlindIndex(masterKeys.blindIndexKey());
    }
}
