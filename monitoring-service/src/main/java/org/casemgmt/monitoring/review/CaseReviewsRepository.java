package org.casemgmt.monitoring.review;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CaseReviewsRepository extends MongoRepository<CaseReviews, String> {
}
