package org.casemgmt.referral.directory;

import org.springframework.data.mongodb.repository.MongoRepository;

interface OrganizationRepository extends MongoRepository<Organization, String> {
}
