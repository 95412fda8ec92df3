package org.casemgmt.console.home;

import java.util.List;

/**
 * The caseload as the home screen shows it: its rows, the longest open first, and how many open cases there are in
 * all, which may be more than the rows.
 */
public record Caseload(List<CaseloadRow> rows, int total) {

    public boolean partial() {
        return rows.size() < total;
    }
}
