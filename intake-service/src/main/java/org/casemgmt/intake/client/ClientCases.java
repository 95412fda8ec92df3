package org.casemgmt.intake.client;

import java.util.List;

/** The ids of a client's intakes (each the case id once opened), which {@code client.erased} lists. */
public interface ClientCases {

    List<String> caseIdsOf(String clientId);
}
