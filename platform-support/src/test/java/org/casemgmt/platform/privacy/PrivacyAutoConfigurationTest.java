package org.casemgmt.platform.privacy;

import java.util.UUID;

import org.casemgmt.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClients;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacyAutoConfigurationTest {

    private static final String DATABASE = "privacy-wiring-" + UUID.randomUUID();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PrivacyAutoConfiguration.class))
            .withBean(MongoTemplate.class, () -> new MongoTemplate(MongoClients.create(EmbeddedMongo.uri(DATABASE)), DATABASE));

    @Test
    void aServiceThatEncryptsDoesNotStartWithoutAMasterKey() {
        runner.withBean(UsesTheCipher.class).run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining("casemgmt.privacy.master-key is not set"));
    }

    @Test
    void aServiceThatDoesNotEncryptNeedsNoMasterKey() {
        runner.run(context -> assertThat(context).hasNotFailed().hasSingleBean(PersonalDataCipher.class));
    }

    @Test
    void theConfiguredMasterKeysEncryptAndIndex() {
        runner.withBean(UsesTheCipher.class).withPropertyValues(
                        "casemgmt.privacy.master-key=" + PrivacyFixtures.base64(PrivacyFixtures.MASTER_2),
                        "casemgmt.privacy.master-key-id=master-2",
                        "casemgmt.privacy.previous-master-keys.master-1=" + PrivacyFixtures.base64(PrivacyFixtures.MASTER_1),
                        "casemgmt.privacy.blind-index-key-id=master-1")
                .run(context -> {
                    PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
                    assertThat(cipher.decrypt("client-1", cipher.encrypt("client-1", "Jane Doe"))).isEqualTo("Jane Doe");
                    assertThat(context.getBean(BlindIndex.class).of("client.birth-date", "1984-03-07"))
                            .isEqualTo(new BlindIndex(PrivacyFixtures.onlyMaster1().blindIndexKey())
                                    .of("client.birth-date", "1984-03-07"));
                });
    }

    @Test
    void onADevelopersMachineTheDevelopmentKeyMayStandIn() {
        runner.withBean(UsesTheCipher.class).withPropertyValues("casemgmt.privacy.allow-development-key=true")
                .run(context -> assertThat(context).hasNotFailed());
    }

    record UsesTheCipher(PersonalDataCipher cipher) {
    }
}
