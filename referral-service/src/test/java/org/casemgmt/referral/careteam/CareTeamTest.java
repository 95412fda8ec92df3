package org.casemgmt.referral.careteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class CareTeamTest {

    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    private final AtomicInteger ids = new AtomicInteger();
    private final Supplier<String> newId = () -> "member-" + ids.incrementAndGet();

    @Test
    void aMemberJoinsActiveAndLeavesInactiveWithTheEndOfTheirPeriod() {
        CareTeam team = CareTeam.of("case-1", "agency-north");
        Member joined = team.add(newId, "worker.alex", "case-manager", "agency-north", START, null);

        Member left = team.end(joined.memberId(), START.plusSeconds(3600));

        assertThat(joined.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(left.status()).isEqualTo(MemberStatus.INACTIVE);
        assertThat(left.end()).isEqualTo(START.plusSeconds(3600));
        assertThat(team.getMembers()).containsExactly(left);
    }

    @Test
    void theSamePersonInTheSameRoleForTheSameAgencyIsNotAddedTwiceWhileCurrent() {
        CareTeam team = CareTeam.of("case-1", "agency-north");
        Member first = team.add(newId, "worker.alex", "case-manager", "agency-north", START, null);

        assertThatThrownBy(() -> team.add(newId, "worker.alex", "case-manager", "agency-north", START, null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refusal -> assertThat(refusal.slug()).isEqualTo("already-on-care-team"));
        team.add(newId, "worker.alex", "housing-navigator", "agency-north", START, null);

        team.end(first.memberId(), START.plusSeconds(60));
        team.add(newId, "worker.alex", "case-manager", "agency-north", START.plusSeconds(120), null);
        assertThat(team.getMembers()).hasSize(3);
    }

    @Test
    void aMembershipEndsOnceAndNotBeforeItStarted() {
        CareTeam team = CareTeam.of("case-1", "agency-north");
        Member member = team.add(newId, "worker.alex", "case-manager", "agency-north", START, null);

        assertThatThrownBy(() -> team.end(member.memberId(), START.minusSeconds(1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refusal -> assertThat(refusal.slug()).isEqualTo("end-before-start"));
        team.end(member.memberId(), START);
        assertThatThrownBy(() -> team.end(member.memberId(), START.plusSeconds(1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refusal -> assertThat(refusal.slug()).isEqualTo("member-already-ended"));
        assertThatThrownBy(() -> team.end("nobody", START)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void whoeverAReferralBroughtInLeavesWithIt() {
        CareTeam team = CareTeam.of("case-1", "agency-north");
        team.add(newId, "worker.alex", "case-manager", "agency-north", START, null);
        team.add(newId, "provider.pat", "provider: Emergency beds", "shelter-north", START, "referral-1");

        assertThat(team.hasMemberFromReferral("referral-1")).isTrue();
        assertThat(team.hasMemberFromReferral("referral-2")).isFalse();
        assertThat(team).extracting(CareTeam::getCaseId, CareTeam::getAgencyId, CareTeam::getVersion)
                .containsExactly("case-1", "agency-north", null);
        assertThat(team.getOutbox()).isEmpty();
        assertThat(team.referralEnded("referral-1", START.plusSeconds(60))).isTrue();
        assertThat(team.referralEnded("referral-1", START.plusSeconds(120))).isFalse();
        assertThat(team.referralEnded("referral-9", START.plusSeconds(120))).isFalse();

        assertThat(team.getMembers()).extracting(Member::person, Member::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("worker.alex", MemberStatus.ACTIVE),
                org.assertj.core.groups.Tuple.tuple("provider.pat", MemberStatus.INACTIVE));
    }
}
