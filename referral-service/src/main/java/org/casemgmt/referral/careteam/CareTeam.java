package org.casemgmt.referral.careteam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.casemgmt.platform.outbox.HasOutbox;
import org.casemgmt.platform.outbox.PendingEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The people from every agency working with the client on one case, current and former: the case worker keeps it,
 * and a provider who accepts a referral joins it until the referral ends (as Primero makes a referral's recipient a
 * co-assignee until it is done).
 */
@Document("care_teams")
class CareTeam implements HasOutbox {

    @Id
    private String caseId;
    @Version
    private Long version;
    private String agencyId;
    private List<Member> members = new ArrayList<>();
    private List<PendingEvent> outbox = new ArrayList<>();

    CareTeam() {
    }

    static CareTeam of(String caseId, String agencyId) {
        CareTeam team = new CareTeam();
        team.caseId = caseId;
        team.agencyId = agencyId;
        return team;
    }

    /** The same person in the same role for the same agency joins once; ending them first lets them join again. */
    Member add(Supplier<String> newId, String person, String role, String agencyId, Instant start,
               String referralId) {
        boolean alreadyThere = members.stream().anyMatch(member -> member.isCurrent()
                && member.person().equals(person) && member.role().equals(role)
                && member.agencyId().equals(agencyId));
        if (alreadyThere) {
            throw new RuleViolationException("already-on-care-team", person + " is already on the care team as "
                    + role + " for " + agencyId + ".");
        }
        Member member = new Member(newId.get(), person, role, agencyId, MemberStatus.ACTIVE, start, null,
                referralId);
        members.add(member);
        return member;
    }

    Member end(String memberId, Instant at) {
        Member member = members.stream().filter(m -> m.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("care team member", memberId));
        if (!member.isCurrent()) {
            throw new RuleViolationException("member-already-ended", "This member left the care team on "
                    + member.end() + ".");
        }
        if (at.isBefore(member.start())) {
            throw new RuleViolationException("end-before-start", "A membership cannot end before it started ("
                    + member.start() + ").");
        }
        Member ended = member.ended(at);
        members.set(members.indexOf(member), ended);
        return ended;
    }

    /** The members a referral brought in leave with it; answers whether anyone left. */
    boolean referralEnded(String referralId, Instant at) {
        boolean changed = false;
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (referralId.equals(member.referralId()) && member.isCurrent()) {
                members.set(i, member.ended(at));
                changed = true;
            }
        }
        return changed;
    }

    boolean hasMemberFromReferral(String referralId) {
        return members.stream().anyMatch(member -> referralId.equals(member.referralId()));
    }

    void publish(PendingEvent event) {
        outbox.add(event);
    }

    String getCaseId() {
        return caseId;
    }

    Long getVersion() {
        return version;
    }

    String getAgencyId() {
        return agencyId;
    }

    List<Member> getMembers() {
        return List.copyOf(members);
    }

    @Override
    public List<PendingEvent> getOutbox() {
        return outbox;
    }
}
