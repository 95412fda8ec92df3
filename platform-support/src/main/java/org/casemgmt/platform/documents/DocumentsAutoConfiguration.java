package org.casemgmt.platform.documents;

import java.time.Clock;

import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.web.CurrentActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A stage that declares its {@link DocumentCases} and {@code casemgmt.documents.base-path} keeps case documents:
 * the endpoints, the store and the ClamAV scanner every file passes first.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.casemgmt.platform.privacy.PrivacyAutoConfiguration",
        "org.casemgmt.platform.outbox.OutboxAutoConfiguration"})
@ConditionalOnBean(DocumentCases.class)
@ConditionalOnProperty("casemgmt.documents.base-path")
@EnableConfigurationProperties(DocumentProperties.class)
class DocumentsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    VirusScanner virusScanner(DocumentProperties properties) {
        return new ClamdScanner(properties.scanner());
    }

    @Bean
    CaseDocuments caseDocuments(MongoTemplate mongo, PersonalDataCipher cipher, VirusScanner scanner,
                                DocumentProperties properties, DocumentCases cases, EventRecorder events,
                                CurrentActor actor, ObjectProvider<Clock> clock) {
        return new CaseDocuments(mongo, cipher, scanner, properties, cases, events, actor,
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    DocumentController documentController(CaseDocuments documents) {
        return new DocumentController(documents);
    }
}
