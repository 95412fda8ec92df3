package org.casemgmt.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

    @RegisterExtension
    final ThrowawayKeyStore store = new ThrowawayKeyStore();
    private final PersonalDataCipher cipher = cipher(PrivacyFixtures.onlyMaster1());

    @Test
    void aValueDecryptsToWhatWasEncryptedAndDoesNotShowIt() {
        String stored = cipher.encrypt("client-1", "Zoë O'Brien-Núñez");

        assertThat(stored).startsWith("v1:").doesNotContain("Zoë", "O'Brien", "Núñez");
        assertThat(cipher.decrypt("client-1", stored)).isEqualTo("Zoë O'Brien-Núñez");
    }

    @Test
    void nullStaysNullAndCreatesNoKey() {
        assertThat(cipher.encrypt("client-1", null)).isNull();
        assertThat(cipher.decrypt("client-1", null)).isNull();
        assertThat(store.count()).isZero();
    }

    @Test
    void theSameValueNeverEncryptsTheSameTwiceNorForTwoSubjects() {
        String first = cipher.encrypt("client-1", "Jane Doe");

        assertThat(cipher.encrypt("client-1", "Jane Doe")).isNotEqualTo(first);
        assertThat(cipher.encrypt("client-2", "Jane Doe")).isNotEqualTo(first);
    }

    @Test
    void anAlteredValueIsRejected() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt("client-1", "Jane Doe").substring(3));
        raw[raw.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt("client-1", "v1:" + Base64.getEncoder().encodeToString(raw)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fails its integrity check");
    }

    @Test
    void aValueThisCipherDidNotWriteIsRejected() {
        cipher.encrypt("client-1", "so that client-1 has a key");

        assertThat(List.of("Jane Doe", "v1:not base64!", "v1:AAAA")).allSatisfy(foreign ->
                assertThatThrownBy(() -> cipher.decrypt("client-1", foreign))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("is not a v1: value of this cipher"));
    }

    @Test
    void aValueCopiedIntoAnotherSubjectsRecordDoesNotDecryptThere() {
        cipher.encrypt("client-2", "anything, so client-2 has a key");
        String ofClient1 = cipher.encrypt("client-1", "Jane Doe");

        assertThatThrownBy(() -> cipher.decrypt("client-2", ofClient1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("copied from another subject's record");
    }

    @Test
    void afterErasureTheSubjectsDataReadsAsErasedAndNothingNewIsEncryptedForThem() {
        String stored = cipher.encrypt("client-1", "Jane Doe");

        cipher.erase("client-1");

        assertThatThrownBy(() -> cipher.decrypt("client-1", stored))
                .isInstanceOfSatisfying(SubjectErasedException.class,
                        erased -> assertThat(erased.subjectId()).isEqualTo("client-1"));
        assertThatThrownBy(() -> cipher.encrypt("client-1", "Jane Doe")).isInstanceOf(SubjectErasedException.class);
        assertThat(cipher.decrypt("client-1", null)).isNull();
    }

    @Test
    void anotherInstanceSeesTheErasureOnceItsCachedKeyExpires() {
        PersonalDataCipher otherInstance = cipher(PrivacyFixtures.onlyMaster1());
        String stored = cipher.encrypt("client-1", "Jane Doe");
        assertThat(otherInstance.decrypt("client-1", stored)).isEqualTo("Jane Doe");

        cipher.erase("client-1");
        store.timeHasPassed(ThrowawayKeyStore.CACHE_TTL.plusSeconds(1));

        assertThatThrownBy(() -> otherInstance.decrypt("client-1", stored)).isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void erasingASubjectThatNeverHadAKeyRefusesLaterEncryptions() {
        cipher.erase("client-never-seen");

        assertThatThrownBy(() -> cipher(PrivacyFixtures.onlyMaster1()).encrypt("client-never-seen", "late event"))
                .isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void aFileBlockOpensOnlyForItsSubjectAndPlaceAndShowsNothingInClear() {
        byte[] scan = "ID card of Zoë O'Brien, born 1990-04-01".getBytes(StandardCharsets.UTF_8);

        byte[] sealed = cipher.seal("client-1", "doc-1:0", scan);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("O'Brien", "1990");
        assertThat(cipher.open("client-1", "doc-1:0", sealed)).isEqualTo(scan);
        assertThat(cipher.seal("client-1", "doc-1:0", scan)).isNotEqualTo(sealed);
        assertThatThrownBy(() -> cipher.open("client-1", "doc-1:1", sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("integrity");
        assertThatThrownBy(() -> cipher.open("client-2", "doc-1:0", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open("client-1", "doc-1:0", Arrays.copyOf(sealed, 27)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a v1:");
        assertThat(cipher.open("client-1", "doc-1:0", cipher.seal("client-1", "doc-1:0", new byte[0]))).isEmpty();
    }

    @Test
    void aFileBlockCannotPassForAFieldValueNorTheOtherWayRound() {
        String field = cipher.encrypt("client-1", "x");
        byte[] fieldBytes = Base64.getDecoder().decode(field.substring(3));

        assertThatThrownBy(() -> cipher.open("client-1", "", fieldBytes)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterErasureNoFileBlockOpensNorIsSealed() {
        byte[] sealed = cipher.seal("client-1", "doc-1:0", new byte[] {1, 2, 3});

        cipher.erase("client-1");

        assertThatThrownBy(() -> cipher.open("client-1", "doc-1:0", sealed)).isInstanceOf(SubjectErasedException.class);
        assertThatThrownBy(() -> cipher.seal("client-1", "doc-1:1", sealed)).isInstanceOf(SubjectErasedException.class);
    }

    private PersonalDataCipher cipher(MasterKeys masterKeys) {
        return new PersonalDataCipher(store.instance(masterKeys), new SecureRandom());
    }
}
