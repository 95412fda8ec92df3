package org.casemgmt.intake.caseopening;

import java.util.List;

import org.casemgmt.intake.client.ClientCases;
import org.springframework.stereotype.Component;

@Component
class IntakeCaseIds implements ClientCases {

    private final IntakeRepository intakes;

    IntakeCaseIds(IntakeRepository intakes) {
        this.intakes = intakes;
    }

    @Override
    public List<String> caseIdsOf(String clientId) {
        return intakes.idsOfClient(clientId);
    }
}
