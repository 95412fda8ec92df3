package org.casemgmt.referral.careteam;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casemgmt.events.EventCatalog;
import org.casemgmt.events.referral.v1.CareTeamChanged;
import org.casemgmt.events.referral.v1.CareTeamMember;
import org.casemgmt.platform.outbox.EventRecorder;
import org.casemgmt.platform.persistence.ExpectedVersion;
import org.casemgmt.referral.casefile.CaseFile;
import org.casemgmt.referral.casefile.CaseFiles;
import org.springframework.stereotype.Service;

/** Keeps each case's care team; every change is announced with the whole team in care-team.changed, in the same save. */
@Service
public class CareTeams {

    private final CareTeamRepository teams;
    private final CaseFiles caseFiles;
    private final EventRecorder recorder;
    private final Clock clock;

    CareTeams(CareTeamRepository teams, CaseFiles caseFiles, EventRecorder recorder, Clock clock) {
        this.teams = teams;
        this.caseFiles = caseFiles;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The team of the caller's agency's case; an empty one when nobody was added yet. */
    CareTeam of(String caseId) {
        CaseFile file = caseFiles.visible(caseId);
        return teamOf(file.getCaseId(), file.getAgencyId());
    }

    CareTeam add(String caseId, String person, String role, String agencyId, Instant start, String by) {
        CareTeam team = of(caseId);
        team.add(CareTeams::newId, person, role, agencyId, start == null ? clock.instant() : start, null);
        return changed(team, by);
    }

    CareTeam end(String caseId, String memberId, long expectedVersion, Instant end, String by) {
        CareTeam team = of(caseId);
        ExpectedVersion.check("care team", caseId, team.getVersion(),
                expectedVersion);
        team.end(memberId, end == null ? clock.instant() : end);
        return changed(team, by);
    }

    /** The provider's person who accepted a referral joins the team, once however often this is called. */
    public void providerAccepted(String caseId, String caseAgencyId, String person, String role,
                                 String providerAgencyId, String referralId, Instant at) {
        CareTeam team = teamOf(caseId, caseAgencyId);
        if (!team.hasMemberFromReferral(referralId)) {
            team.add(CareTeams::newId, person, role, providerAgencyId, at, referralId);
            changed(team, person);
        }
    }

    /** Whoever a referral brought in leaves when it ends. */
    public void referralEnded(String caseId, String caseAgencyId, String referralId, String by, Instant at) {
        CareTeam team = teamOf(caseId, caseAgencyId);
        if (team.referralEnded(referralId, at)) {
            changed(team, by);
        }
    }

    private CareTeam teamOf(String caseId, String agencyId) {
        return teams.findById(caseId).orElseGet(() -> CareTeam.of(caseId, agencyId));
    }

    private CareTeam changed(CareTeam team, String by) {
        List<CareTeamMember> members = team.getMembers().stream().map(member -> new CareTeamMember(member.memberId(),
                member.person(), member.role(), member.agencyId(), member.status().code(), member.start(),
                member.end(), member.referralId())).toList();
        team.publish(recorder.record(EventCatalog.CARE_TEAM_CHANGED, team.getCaseId(), new CareTeamChanged(
                team.getCaseId(), team.getAgencyId(), members, by, clock.instant())));
        return teams.save(team);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
