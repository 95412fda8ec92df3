/**
 * Planning's part of erasing a client: what people wrote about the client in a plan (goal statements, provider roles,
 * objectives' indicators and units, the client's agreement, interventions, reasons, review requests) is encrypted with platform-support's
 * {@link org.casemgmt.platform.privacy.PersonalDataCipher} under the plan's client id, at the persistence boundary,
 * so that the plan and goal rules keep working on plain text and MongoDB never holds it.
 *
 * <p>On {@code client.erased} planning destroys its key for the client and marks the client's plans: their texts
 * then read as null, are written as null from then on, and the plan answers {@code clientErased: true}. Statuses,
 * need domains, priorities, responsible parties, service types, objectives' numbers and dates stay, for statistics.
 */
package org.casemgmt.planning.privacy;
