package org.casemgmt.referral.directory;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProvidedServiceRepository extends MongoRepository<ProvidedService, String> {

    List<ProvidedService> findByServiceTypesIn(Collection<String> serviceTypes);
}
