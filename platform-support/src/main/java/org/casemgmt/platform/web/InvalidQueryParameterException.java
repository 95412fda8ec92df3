package org.casemgmt.platform.web;

/** A query parameter's value that the endpoint cannot use: answered with 400, problem type {@code validation-failed}. */
class InvalidQueryParameterException extends RuntimeException {

    private final String parameter;

    InvalidQueryParameterException(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
