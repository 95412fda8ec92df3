package org.casemgmt.intake.client;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ClientRepository extends MongoRepository<Client, String>, ClientQueries {

    /** Everyone who could be a duplicate: the same identifier, or born the same day (both lookups are indexed). */
    List<Client> findByIdentifierKeysInOrBirthDate(Collection<String> identifierKeys, LocalDate birthDate);
}
