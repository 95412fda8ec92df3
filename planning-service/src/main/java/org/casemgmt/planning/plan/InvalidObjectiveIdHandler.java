package org.casemgmt.planning.plan;

import java.util.List;
import java.util.Map;

import org.casemgmt.planning.goal.ObjectiveIds.InvalidObjectiveId;
import org.casemgmt.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An objective id the goal does not have is a field of the request in error, like a failed validation, and is
 * answered as one: 400 {@code validation-failed} naming the field. Only the goal knows its ids, so it is found after
 * binding. Ordered first: the platform's handler would answer any exception it is given as a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidObjectiveIdHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidObjectiveId(InvalidObjectiveId invalid, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request",
                "The request has 1 invalid field.", request.getRequestURI());
        problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", invalid.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }
}
