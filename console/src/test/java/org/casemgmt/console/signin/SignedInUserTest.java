package org.casemgmt.console.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SignedInUserTest {

    private static String token(String claims) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void readsTheClaimsContract() {
        SignedInUser user = SignedInUser.fromAccessToken(token(
                "{\"sub\":\"f3a1\",\"preferred_username\":\"supervisor.sam\",\"agency\":\"agency-north\","
                        + "\"roles\":[\"SUPERVISOR\",\"CASE_WORKER\"]}"));
        assertThat(user.username()).isEqualTo("supervisor.sam");
        assertThat(user.agency()).isEqualTo("agency-north");
        assertThat(user.roles()).isEqualTo(Set.of("SUPERVISOR", "CASE_WORKER"));
        assertThat(user.isSupervisor()).isTrue();
        assertThat(user.isCaseWorker()).isTrue();
        assertThat(user.isProvider()).isFalse();
    }

    @Test
    void aProviderIsNoCaseWorker() {
        SignedInUser provider = SignedInUser.fromAccessToken(token(
                "{\"sub\":\"provider.pat\",\"agency\":\"shelter-north\",\"roles\":[\"PROVIDER\"]}"));
        assertThat(provider.username()).isEqualTo("provider.pat");
        assertThat(provider.isProvider()).isTrue();
        assertThat(provider.isCaseWorker()).isFalse();
        assertThat(provider.isSupervisor()).isFalse();
    }

    @Test
    void withoutRolesOrAgencyItMayDoNothing() {
        SignedInUser nobody = SignedInUser.fromAccessToken(token("{\"sub\":\"x\"}"));
        assertThat(nobody.roles()).isEmpty();
        assertThat(nobody.agency()).isEmpty();
        assertThat(nobody.isCaseWorker()).isFalse();
        assertThat(nobody.isProvider()).isFalse();
    }

    @Test
    void refusesWhatIsNoJwt() {
        assertThatIllegalArgumentException().isThrownBy(() -> SignedInUser.fromAccessToken("opaque"));
    }
}
