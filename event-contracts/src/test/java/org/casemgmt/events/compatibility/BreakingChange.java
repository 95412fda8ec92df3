package org.casemgmt.events.compatibility;

/**
 * One reason a schema cannot replace its released version.
 *
 * @param pointer where, as a JSON pointer into the schema ({@code /properties/reason}; empty for the root)
 * @param reason  what changed and what it breaks, as a sentence
 */
public record BreakingChange(String pointer, String reason) {

    @Override
    public String toString() {
        return "#" + pointer + ": " + reason;
    }
}
