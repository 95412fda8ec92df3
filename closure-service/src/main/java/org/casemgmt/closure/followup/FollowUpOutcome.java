package org.casemgmt.closure.followup;

import org.casemgmt.closure.destination.DestinationCategory;

/**
 * What the worker records of a follow-up: the result, how the contact was made, whether the client was reached and
 * their situation held, where they live now, and notes (words about the client, encrypted where stored).
 */
public record FollowUpOutcome(FollowUpResult result, ContactMethod method, boolean reached, Boolean stillStable,
                              DestinationCategory destinationCategory, String notes) {
}
