package org.casemgmt.closure.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long something is kept, as an agency writes it: an ISO-8601 period of years, months, weeks and days, with a time
 * part if need be ({@code P7Y}, {@code P18M}, {@code P90D}, {@code P1Y6M}, {@code PT72H}). Years and months are
 * counted in the calendar (UTC), so that seven years after a closure on 29 February is 28 February. Whole numbers
 * only, and more than nothing: a period that keeps nothing is no retention.
 *
 * @param value the period as written, which is how it is stored and shown
 */
record RetentionPeriod(String value) {

    /** What a valid period looks like, for the caller who wrote a bad one. */
    static final String EXPECTED = "must be an ISO-8601 period of whole years, months, weeks or days (and "
            + "hours, minutes or seconds after a T), more than zero, like P7Y, P18M, P90D or PT72H";

    private static final Pattern FORMAT = Pattern.compile(
            "P(?:(\\d{1,4})Y)?(?:(\\d{1,5})M)?(?:(\\d{1,6})W)?(?:(\\d{1,7})D)?(?:T(?:(\\d{1,8})H)?(?:(\\d{1,9})M)?"
                    + "(?:(\\d{1,9})S)?)?");

    RetentionPeriod {
        if (parse(value).isEmpty()) {
            throw new IllegalArgumentException("retention period " + value + " " + EXPECTED);
        }
    }

    /** The period, if {@code text} is a valid one; else nothing, for a validator to say so. */
    static Optional<RetentionPeriod> of(String text) {
        return parse(text).map(parsed -> new RetentionPeriod(text));
    }

    /** The moment this long after {@code start}. */
    Instant after(Instant start) {
        Parsed parsed = parse(value).orElseThrow();
        return start.atZone(ZoneOffset.UTC).plus(parsed.period()).toInstant().plus(parsed.time());
    }

    /** The moment this long before {@code end}: where a window looking back this long starts. */
    Instant before(Instant end) {
        Parsed parsed = parse(value).orElseThrow();
        return end.minus(parsed.time()).atZone(ZoneOffset.UTC).minus(parsed.period()).toInstant();
    }

    @Override
    public String toString() {
        return value;
    }

    private record Parsed(Period period, Duration time) {
    }

    private static Optional<Parsed> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches() || text.endsWith("T")) {
            return Optional.empty();
        }
        Period period = Period.of(number(matcher, 1), number(matcher, 2), number(matcher, 3) * 7 + number(matcher, 4));
        Duration time = Duration.ofHours(number(matcher, 5)).plusMinutes(number(matcher, 6))
                .plusSeconds(number(matcher, 7));
        if (period.isZero() && time.isZero()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(period, time));
    }

    private static int number(Matcher matcher, int group) {
        String digits = matcher.group(group);
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
