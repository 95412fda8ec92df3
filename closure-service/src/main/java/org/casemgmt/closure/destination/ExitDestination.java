package org.casemgmt.closure.destination;

import static org.casemgmt.closure.destination.DestinationCategory.HOMELESS;
import static org.casemgmt.closure.destination.DestinationCategory.INSTITUTIONAL;
import static org.casemgmt.closure.destination.DestinationCategory.OTHER;
import static org.casemgmt.closure.destination.DestinationCategory.PERMANENT;
import static org.casemgmt.closure.destination.DestinationCategory.TEMPORARY;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a client goes on exit, as HUD HMIS 3.12 living situation codes (FY2024), so a partner's HMIS maps our
 * destinations one to one.
 */
public enum ExitDestination {
    PLACE_NOT_MEANT_FOR_HABITATION(116, HOMELESS, "Place not meant for habitation"),
    EMERGENCY_SHELTER(101, HOMELESS, "Emergency shelter, including a hotel or motel paid for with an emergency shelter voucher"),
    SAFE_HAVEN(118, HOMELESS, "Safe haven"),
    FOSTER_CARE(215, INSTITUTIONAL, "Foster care home or foster care group home"),
    HOSPITAL(206, INSTITUTIONAL, "Hospital or other residential non-psychiatric medical facility"),
    JAIL_OR_PRISON(207, INSTITUTIONAL, "Jail, prison or juvenile detention facility"),
    LONG_TERM_CARE(225, INSTITUTIONAL, "Long-term care facility or nursing home"),
    PSYCHIATRIC_FACILITY(204, INSTITUTIONAL, "Psychiatric hospital or other psychiatric facility"),
    SUBSTANCE_USE_TREATMENT(205, INSTITUTIONAL, "Substance abuse treatment facility or detox center"),
    TRANSITIONAL_HOUSING(302, TEMPORARY, "Transitional housing for homeless persons"),
    RESIDENTIAL_PROJECT(329, TEMPORARY, "Residential project or halfway house with no homeless criteria"),
    HOTEL_WITHOUT_VOUCHER(314, TEMPORARY, "Hotel or motel paid for without an emergency shelter voucher"),
    HOST_HOME(332, TEMPORARY, "Host home (non-crisis)"),
    FAMILY_TEMPORARY(312, TEMPORARY, "Staying or living with family, temporary tenure"),
    FRIENDS_TEMPORARY(313, TEMPORARY, "Staying or living with friends, temporary tenure"),
    HOPWA_TO_HOPWA_TRANSITIONAL(327, TEMPORARY, "Moved from one HOPWA funded project to HOPWA transitional housing"),
    FRIENDS_ROOM(336, TEMPORARY, "Staying or living in a friend's room, apartment or house"),
    FAMILY_ROOM(335, TEMPORARY, "Staying or living in a family member's room, apartment or house"),
    FAMILY_PERMANENT(422, PERMANENT, "Staying or living with family, permanent tenure"),
    FRIENDS_PERMANENT(423, PERMANENT, "Staying or living with friends, permanent tenure"),
    HOPWA_TO_HOPWA_PERMANENT(426, PERMANENT, "Moved from one HOPWA funded project to HOPWA permanent housing"),
    RENTAL_NO_SUBSIDY(410, PERMANENT, "Rental by client, no ongoing housing subsidy"),
    RENTAL_WITH_SUBSIDY(435, PERMANENT, "Rental by client, with ongoing housing subsidy"),
    OWNED_WITH_SUBSIDY(421, PERMANENT, "Owned by client, with ongoing housing subsidy"),
    OWNED_NO_SUBSIDY(411, PERMANENT, "Owned by client, no ongoing housing subsidy"),
    NO_EXIT_INTERVIEW(30, OTHER, "No exit interview completed"),
    OTHER_DESTINATION(17, OTHER, "Other"),
    DECEASED(24, OTHER, "Deceased"),
    UNABLE_TO_DETERMINE(37, OTHER, "Worker unable to determine"),
    CLIENT_DOES_NOT_KNOW(8, OTHER, "Client doesn't know"),
    CLIENT_PREFERS_NOT_TO_ANSWER(9, OTHER, "Client prefers not to answer"),
    DATA_NOT_COLLECTED(99, OTHER, "Data not collected");

    private final int code;
    private final DestinationCategory category;
    private final String label;

    ExitDestination(int code, DestinationCategory category, String label) {
        this.code = code;
        this.category = category;
        this.label = label;
    }

    public static Optional<ExitDestination> ofCode(int code) {
        return Arrays.stream(values()).filter(destination -> destination.code == code).findFirst();
    }

    public int code() {
        return code;
    }

    public DestinationCategory category() {
        return category;
    }

    public String label() {
        return label;
    }
}
