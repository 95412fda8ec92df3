package org.casemgmt.referral.careteam;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CareTeamRepository extends MongoRepository<CareTeam, String> {
}
