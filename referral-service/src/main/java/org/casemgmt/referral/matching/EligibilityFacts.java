package org.casemgmt.referral.matching;

/**
 * What the case worker knows of the client that providers' eligibility is written in: age, the language the client
 * speaks, the area they live in. Each may be unknown (null); a rule on an unknown fact is neither met nor failed,
 * and the match says it was not checked. The facts come with the request and are not stored: referral keeps no
 * copy of the client's particulars, which intake holds.
 */
public record EligibilityFacts(Integer age, String language, String area) {

    public static final EligibilityFacts UNKNOWN = new EligibilityFacts(null, null, null);
}
