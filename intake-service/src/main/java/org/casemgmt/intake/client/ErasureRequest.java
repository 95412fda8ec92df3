package org.casemgmt.intake.client;

import jakarta.validation.constraints.Size;

/**
 * The body of an erasure, optional.
 *
 * @param reference the agency's reference of the person's request, e.g. {@code DSR-2026-014}, kept on the erased
 *                  record to show why it was erased; an id, not the person's words, since it outlives the erasure
 */
record ErasureRequest(@Size(max = 100) String reference) {
}
