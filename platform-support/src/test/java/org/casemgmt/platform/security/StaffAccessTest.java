package org.casemgmt.platform.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.casemgmt.platform.web.CurrentActor;
import org.casemgmt.platform.domain.NotPermittedException;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffAccessTest {

    private static StaffAccess actingAs(String agency, StaffRole... roles) {
        Set<String> held = Arrays.stream(roles).map(StaffRole::name).collect(Collectors.toSet());
        return new StaffAccess(new CurrentActor() {
            @Override
            public String id() {
                return "someone";
            }

            @Override
            public boolean hasRole(String role) {
                return held.contains(role);
            }

            @Override
            public String agencyId() {
                return agency;
            }
        });
    }

    @Test
    void aRecordSharedWithTheActorIsTheirsToSeeAndOtherwiseOnlyItsOwnersAgencys() {
        StaffAccess provider = actingAs("shelter-north", StaffRole.PROVIDER);

        assertThat(provider.visibleToOwnerOr("referral", "agency-north", true, "referral", "r-1"))
                .isEqualTo("referral");
        assertThatThrownBy(() -> provider.visibleToOwnerOr("referral", "agency-north", false, "referral", "r-1"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(actingAs("agency-north", StaffRole.CASE_WORKER)
                .visibleToOwnerOr("referral", "agency-north", false, "referral", "r-1")).isEqualTo("referral");
    }

    @Test
    void aRoleOutsideTheGroupIsRefusedNamingWhoMay() {
        StaffAccess auditor = actingAs("agency-north", StaffRole.AUDITOR);

        assertThatThrownBy(() -> auditor.requireRole(StaffRole.CASE_WORK, "register a client"))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only CASE_WORKER or SUPERVISOR may register a client.");
    }

    @Test
    void oneRoleOfTheGroupIsEnough() {
        actingAs("agency-north", StaffRole.SUPERVISOR).requireRole(StaffRole.CASE_WORK, "register a client");
    }

    @Test
    void anotherAgencysRecordIsNotFound() {
        StaffAccess south = actingAs("agency-south", StaffRole.CASE_WORKER);

        assertThatThrownBy(() -> south.visible("the case", "agency-north", "intake", "i-1"))
                .isInstanceOf(ResourceNotFoundException.class).hasMessage("There is no intake i-1.");
        assertThat(actingAs("agency-north", StaffRole.CASE_WORKER).visible("the case", "agency-north", "intake", "i-1"))
                .isEqualTo("the case");
    }

    @Test
    void aRecordWithoutAnAgencyIsNobodysToSee() {
        assertThat(actingAs("agency-north", StaffRole.CASE_WORKER).canSee(null)).isFalse();
    }
}
