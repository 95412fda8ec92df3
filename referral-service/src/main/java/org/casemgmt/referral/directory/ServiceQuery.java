package org.casemgmt.referral.directory;

import org.casemgmt.platform.persistence.FilterQuery;
import org.springframework.data.mongodb.core.query.Criteria;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The search of the directory: each filter is optional, and a service must meet every one given.
 *
 * @param serviceType one of the platform's service types it offers, e.g. HOUSING_SEARCH
 * @param language    the ISO 639 code of a language it is delivered in
 * @param area        the name of an area it covers, e.g. north-district
 * @param age         an age it serves: a missing minimum or maximum age does not bound it
 */
record ServiceQuery(String serviceType, String language, String area, Integer age) {

    FilterQuery filter() {
        FilterQuery filter = new FilterQuery()
                .equalTo("serviceTypes", serviceType)
                .equalTo("profile.languages.code", language)
                .equalTo("profile.serviceAreas.name", area);
        if (age != null) {
            filter.matching(new Criteria().andOperator(
                    new Criteria().orOperator(where("profile.minimumAge").is(null),
                            where("profile.minimumAge").lte(age)),
                    new Criteria().orOperator(where("profile.maximumAge").is(null),
                            where("profile.maximumAge").gte(age))));
        }
        return filter;
    }
}
