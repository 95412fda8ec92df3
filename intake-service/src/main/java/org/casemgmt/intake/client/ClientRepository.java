package org.casemgmt.intake.client;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ClientRepository extends MongoRepository<Client, String>, ClientQueries {
}
