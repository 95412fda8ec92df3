/**
 * A client's consents as the stages learn them from intake's events, and the one rule every stage applies to them:
 * the client's data may go to an agency only under a consent that names it and is in force (not withdrawn, not
 * expired). Referral gates its referrals on it; monitoring opens a case's timeline to a provider by it.
 */
package org.casemgmt.platform.consent;
