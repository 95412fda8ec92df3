/**
 * Intake's part of keeping personal data unreadable at rest and erasable: the persistence boundary that encrypts
 * what people wrote about a client with platform-support's {@link org.casemgmt.platform.privacy.PersonalDataCipher}
 * under the client's id, and reads an erased client's records without their texts.
 */
package org.casemgmt.intake.privacy;
