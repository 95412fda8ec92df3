package org.casemgmt.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.casemgmt.platform.domain.NotPermittedException;
import org.casemgmt.platform.domain.ResourceNotFoundException;
import org.casemgmt.platform.domain.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;


import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Every error a servlet service returns is an RFC 9457 problem document with a {@code urn:casemgmt:problem:}
 * type, the request path as {@code instance} and the {@code correlationId}. Nothing internal leaks: unexpected
 * exceptions become a generic 500 and are logged with the correlation id instead (a store that cannot be reached
 * is no bug: 503 {@code store-unavailable}), and a value of the wrong kind is
 * described in the platform's words ({@link TypeDescriptions}), never by its Java class.
 */
@RestControllerAdvice
class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);
    private static final String INVALID_TITLE = "Invalid request";

    /** {@code spring.servlet.multipart.max-file-size} in bytes, or -1 when unknown. */
    private final long maxFileBytes;

    ProblemDetailsHandler() {
        this(-1);
    }

    ProblemDetailsHandler(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return invalid(ex, fieldErrors(ex.getBindingResult()), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors parameterErrors) {
                errors.addAll(fieldErrors(parameterErrors));
            } else {
                String parameter = result.getMethodParameter().getParameterName();
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(new FieldMessage(parameter, error.getDefaultMessage()));
                }
            }
        });
        return invalid(ex, errors, headers, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldMessage> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldMessage(withoutMethodName(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return invalid(ex, errors, new HttpHeaders(), request);
    }

    /** A file over {@code spring.servlet.multipart.max-file-size}: refused before any handler saw it. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        // The container reports a file over its limit without the limit (-1): it is the configured one.
        long limit = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() : maxFileBytes;
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "File too large",
                limit > 0 ? "The file is larger than the " + DataSize.ofBytes(limit).toMegabytes()
                        + " MB a document may have." : "The file is larger than a document may be.", path(request));
        if (limit > 0) {
            problem.setProperty("maxBytes", limit);
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    /** A field of the wrong kind is named with what it must be; a body that is no JSON at all is just unreadable. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        FieldMessage wrongField = wrongField(ex);
        String detail = wrongField == null
                ? "The request body is missing, is not JSON, or does not have the expected shape."
                : "The request body cannot be read: " + wrongField.field() + " " + wrongField.message() + ".";
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request",
                detail, path(request));
        if (wrongField != null) {
            problem.setProperty("errors", List.of(wrongField.asMap()));
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A query or path parameter that does not convert, e.g. {@code ?status=OPENED} or {@code ?from=yesterday}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        FieldMessage error = new FieldMessage(ex.getPropertyName(), TypeDescriptions.mustBe(ex.getRequiredType()));
        return invalid(ex, List.of(error), headers, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> unknownQueryParameter(UnknownQueryParameterException ex, WebRequest request) {
        String names = String.join(", ", ex.unknown());
        String detail;
        if (ex.accepted() == null) {
            detail = "This endpoint does not take the query parameter(s) " + names
                    + ": a parameter name holds only letters, digits, '-' and '_'.";
        } else if (ex.accepted().isEmpty()) {
            detail = "This endpoint takes no query parameters, and was sent " + names + ".";
        } else {
            detail = "This endpoint does not take the query parameter(s) " + names + "; it takes "
                    + String.join(", ", ex.accepted()) + ".";
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unknown-query-parameter",
                "Unknown query parameter", detail, path(request));
        problem.setProperty("unknownParameters", ex.unknown());
        if (ex.accepted() != null) {
            problem.setProperty("acceptedParameters", ex.accepted());
        }
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> invalidQueryParameter(InvalidQueryParameterException ex, WebRequest request) {
        return invalid(ex, List.of(new FieldMessage(ex.parameter(), ex.getMessage())), new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "stale-version", "Stale version",
                "Someone else changed this resource since you read it. Read it again and retry your change.",
                path(request));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> notFound(ResourceNotFoundException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage(),
                path(request));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> ruleViolation(RuleViolationException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ex.slug(), "Refused by a rule", ex.getMessage(),
                path(request));
        ex.properties().forEach(problem::setProperty);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> notPermitted(NotPermittedException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, ex.slug(), "Not permitted", ex.getMessage(),
                path(request));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) throws Exception {
        if (ex.getClass().getName().startsWith("org.springframework.security.")) {
            throw ex; // Spring Security's own filters answer 401/403
        }
        Throwable storeFailure = StoreOutage.cause(ex);
        if (storeFailure != null) {
            return storeUnavailable(ex, storeFailure, request);
        }
        log.error("Unexpected error serving {}", path(request), ex);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side. Quote the correlation id when you report it.", path(request));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /**
     * The store could not be reached (down, restarting, failing over): an outage the client may retry, not a bug, so
     * 503 with {@code Retry-After} and a warning without a stack trace rather than a 500. Recognised wherever it is
     * in the chain of causes, as Spring Data translates the driver's exception but a callback may wrap it again.
     */
    private ResponseEntity<Object> storeUnavailable(Exception ex, Throwable storeFailure, WebRequest request) {
        log.warn("Could not serve {}: the store cannot be reached ({})", path(request), storeFailure.getMessage());
        ProblemDetail problem = StoreOutage.problem(path(request));
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Problems.OUTAGE_RETRY_AFTER_SECONDS);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    /** Spring's own problems (405, 415, 404 of an unknown path...) get a platform type and the context too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse errorResponse) {
            body = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                HttpStatus status = HttpStatus.resolve(statusCode.value());
                String slug = status == null ? "http-" + statusCode.value()
                        : status.name().toLowerCase().replace('_', '-');
                problem.setType(URI.create(Problems.TYPE_PREFIX + slug));
            }
            Problems.withContext(problem, path(request));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ResponseEntity<Object> invalid(Exception ex, List<FieldMessage> errors, HttpHeaders headers,
                                           WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", INVALID_TITLE,
                "The request has " + errors.size() + " invalid " + (errors.size() == 1 ? "field." : "fields."),
                path(request));
        problem.setProperty("errors", errors.stream().map(FieldMessage::asMap).toList());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static List<FieldMessage> fieldErrors(Errors result) {
        List<FieldMessage> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(new FieldMessage(error.getField(), messageOf(error)));
        }
        result.getGlobalErrors().forEach(error -> errors.add(new FieldMessage(error.getObjectName(),
                error.getDefaultMessage())));
        return errors;
    }

    /** A value that did not convert gets the platform's words; Spring's default text names the Java types. */
    private static String messageOf(FieldError error) {
        if (!error.isBindingFailure()) {
            return error.getDefaultMessage();
        }
        Class<?> type = error.contains(TypeMismatchException.class)
                ? error.unwrap(TypeMismatchException.class).getRequiredType() : null;
        return TypeDescriptions.mustBe(type);
    }

    /** The field of the body Jackson could not read, e.g. {@code goals[0].direction}; null if not a field's fault. */
    private static FieldMessage wrongField(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                String message = mismatch instanceof PropertyBindingException ? "is not a field of this request"
                        : mismatch instanceof InvalidNullException ? "must have a value"
                        : TypeDescriptions.mustBe(mismatch.getTargetType());
                return new FieldMessage(fieldPath(mismatch.getPath()), message);
            }
        }
        return null;
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String withoutMethodName(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }

    private record FieldMessage(String field, String message) {
        Map<String, String> asMap() {
            return Map.of("field", field, "message", message == null ? "is invalid" : message);
        }
    }
}
