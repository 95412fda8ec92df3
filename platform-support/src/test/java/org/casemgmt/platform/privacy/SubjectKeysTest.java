package org.casemgmt.platform.privacy;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.SecretKey;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key store against the embedded MongoDB server. */
class SubjectKeysTest {

    @RegisterExtension
    final ThrowawayKeyStore store = new ThrowawayKeyStore();

    @Test
    void theKeyIsStoredOnlyWrappedByTheMasterKeyAndNamesIt() {
        SecretKey key = store.instance(PrivacyFixtures.onlyMaster1()).forEncryption("client-1");

        Document stored = store.stored("client-1");
        byte[] wrapped = stored.get("wrappedKey", Binary.class).getData();
        assertThat(wrapped).isNotEqualTo(key.getEncoded()).hasSize(40);
        assertThat(PrivacyFixtures.onlyMaster1().unwrap("master-1", wrapped).getEncoded()).isEqualTo(key.getEncoded());
        assertThat(stored.getString("masterKeyId")).isEqualTo("master-1");
        assertThat(stored.getDate("createdAt")).isEqualTo(Date.from(ThrowawayKeyStore.START));
        assertThat(stored.get("destroyedAt")).isNull();
    }

    @Test
    void aKeyWrappedByARotatedOutMasterKeyStillUnwrapsAndIsRewrappedWithTheCurrentOne() {
        SecretKey key = store.instance(PrivacyFixtures.onlyMaster1()).forEncryption("client-1");

        SecretKey afterRotation = store.instance(PrivacyFixtures.rotatedToMaster2()).forDecryption("client-1");

        assertThat(afterRotation.getEncoded()).isEqualTo(key.getEncoded());
        assertThat(store.stored("client-1").getString("masterKeyId")).isEqualTo("master-2");
        MasterKeys onlyMaster2 = new MasterKeys("master-2", Map.of("master-2", PrivacyFixtures.MASTER_2), null);
        assertThat(store.instance(onlyMaster2).forDecryption("client-1").getEncoded()).isEqualTo(key.getEncoded());
    }

    @Test
    void aKeyWrappedByAMasterKeyNoLongerConfiguredFailsNamingIt() {
        store.instance(PrivacyFixtures.onlyMaster1()).forEncryption("client-1");
        MasterKeys withoutMaster1 = new MasterKeys("master-2", Map.of("master-2", PrivacyFixtures.MASTER_2), null);

        assertThatThrownBy(() -> store.instance(withoutMaster1).forDecryption("client-1"))
                .hasMessageContaining("master key master-1, which is not configured")
                .hasMessageContaining("casemgmt.privacy.previous-master-keys.master-1");
    }

    @Test
    void anotherKeyConfiguredUnderTheSameIdDoesNotYieldAWrongDataKey() {
        store.instance(PrivacyFixtures.onlyMaster1()).forEncryption("client-1");
        MasterKeys impostor = new MasterKeys("master-1", Map.of("master-1", PrivacyFixtures.MASTER_2), null);

        assertThatThrownBy(() -> store.instance(impostor).forDecryption("client-1"))
                .hasMessageContaining("does not unwrap with master key master-1");
    }

    @Test
    void destroyingOverwritesTheWrappedKeyAndIsIdempotentKeepingTheFirstTime() {
        SubjectKeys keys = store.instance(PrivacyFixtures.onlyMaster1());
        keys.forEncryption("client-1");
        Date firstErasure = Date.from(ThrowawayKeyStore.START);

        keys.destroy("client-1");
        store.timeHasPassed(Duration.ofHours(1));
        keys.destroy("client-1");
        store.instance(PrivacyFixtures.onlyMaster1()).destroy("client-1");

        Document stored = store.stored("client-1");
        assertThat(stored.containsKey("wrappedKey")).isTrue();
        assertThat(stored.get("wrappedKey")).isNull();
        assertThat(stored.get("masterKeyId")).isNull();
        assertThat(stored.getDate("destroyedAt")).isEqualTo(firstErasure);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void aSubjectWithoutDataIsLeftWithATombstoneOnly() {
        store.instance(PrivacyFixtures.onlyMaster1()).destroy("client-1");

        assertThat(store.stored("client-1").getDate("destroyedAt")).isEqualTo(Date.from(ThrowawayKeyStore.START));
        assertThatThrownBy(() -> store.instance(PrivacyFixtures.onlyMaster1()).forDecryption("client-1"))
                .isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void dataNotWrittenThroughThisStoreHasNoKeyAndSaysSo() {
        assertThatThrownBy(() -> store.instance(PrivacyFixtures.onlyMaster1()).forDecryption("client-1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no key for subject client-1");
    }

    @Test
    void twoInstancesCreatingTheFirstKeyOfASubjectAtOnceEndUpWithOneKey() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String subject = "client-" + round;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<SecretKey>> created = instances.invokeAll(List.of(
                        () -> firstKeyAfter(together, subject), () -> firstKeyAfter(together, subject)));

                assertThat(created.get(0).get().getEncoded()).as(subject).isEqualTo(created.get(1).get().getEncoded());
            }
        } finally {
            instances.shutdown();
        }
        assertThat(store.count()).isEqualTo(20);
    }

    private SecretKey firstKeyAfter(CyclicBarrier together, String subject) throws Exception {
        SubjectKeys instance = store.instance(PrivacyFixtures.onlyMaster1());
        together.await();
        return instance.forEncryption(subject);
    }

}
