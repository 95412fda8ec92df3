package org.casemgmt.referral.referral;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the loop closed for the client (findhelp's outcome list, which partners already report in). */
public enum Outcome {
    GOT_HELP("got-help"),
    NOT_ELIGIBLE("not-eligible"),
    NO_CAPACITY("no-capacity"),
    COULD_NOT_CONTACT("could-not-contact"),
    NO_LONGER_INTERESTED("no-longer-interested"),
    REFERRED_ELSEWHERE("referred-elsewhere"),
    COULD_NOT_GET_HELP("could-not-get-help");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
