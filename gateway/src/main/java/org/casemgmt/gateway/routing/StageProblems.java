package org.casemgmt.gateway.routing;

import java.util.Locale;

import org.casemgmt.gateway.problem.ProblemDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;

/** The 503 problems for a stage the gateway cannot or will not call now: titled after the stage, and naming it. */
final class StageProblems {

    private StageProblems() {
    }

    /** E.g. slug {@code stage-busy}, state {@code busy}: "Intake stage busy". */
    static ProblemDetail unavailable(String slug, String stage, String state, String detail,
            ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDocuments.problem(HttpStatus.SERVICE_UNAVAILABLE, slug,
                capitalized(stage) + " stage " + state, detail, exchange);
        problem.setProperty("stage", stage);
        return problem;
    }

    private static String capitalized(String stage) {
        return stage.substring(0, 1).toUpperCase(Locale.ROOT) + stage.substring(1);
    }
}
