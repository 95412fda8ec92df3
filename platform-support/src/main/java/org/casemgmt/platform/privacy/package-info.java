/**
 * Personal data encrypted by the application, erasable by destroying a key (crypto-shredding).
 *
 * <ul>
 *   <li>{@link org.casemgmt.platform.privacy.PersonalDataCipher}: encrypts each personal field with the
 *       subject's own data key; {@code erase(subjectId)} destroys that key, after which the subject's data reads
 *       as {@link org.casemgmt.platform.privacy.SubjectErasedException}.</li>
 *   <li>Data keys live wrapped by the master key ({@code casemgmt.privacy.master-key}) in the service's own
 *       {@code subject_keys} collection: every service keeps its own keys for the same subject id, never reads
 *       another's, and destroys its own on {@code client.erased}.</li>
 *   <li>{@link org.casemgmt.platform.privacy.BlindIndex}: searchable tokens of normalised values, keyed by a key
 *       derived from the master key, for lookups and duplicate detection over encrypted fields.</li>
 * </ul>
 *
 * <p>What erasure does not reach: a backup taken before it still holds the wrapped key and the data, readable
 * with the master key until the backup expires (or until a rotated-out master key is destroyed), so backup
 * retention bounds how long an erasure takes to be complete. Log lines, events and search tokens must hold no
 * personal data for the same reason.
 */
package org.casemgmt.platform.privacy;
