package org.casemgmt.events.monitoring.v1;

import java.time.Instant;

/**
 * An administration crossed one of its instrument's thresholds: its band reached one the instrument marks as
 * alerting, or an answer fired an item trigger (PHQ-9 item 9 above zero, whatever the total). An urgent task is
 * created for the case worker and the care team is alerted; the case's next review is brought forward.
 *
 * @param assessmentId the administration
 * @param caseId       the case
 * @param instrumentId the instrument
 * @param kind         BAND (the total reached an alerting band) or ITEM (an item trigger fired)
 * @param trigger      which threshold: the band's code, or the item's id (e.g. PHQ-9 item "9")
 * @param fromBand     the band at the previous administration; null for the first
 * @param toBand       the band now
 * @param severity     URGENT for an item trigger that signals danger, otherwise HIGH
 * @param taskId       the urgent task created for the case worker
 * @param crossedAt    when
 */
public record ThresholdCrossed(String assessmentId, String caseId, String instrumentId, String kind, String trigger,
                               String fromBand, String toBand, String severity, String taskId, Instant crossedAt) {
}
