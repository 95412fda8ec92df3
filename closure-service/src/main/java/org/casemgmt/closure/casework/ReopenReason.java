package org.casemgmt.closure.casework;

/** Why a closed case is re-opened, as a code that may travel on case.reopened; the worker's words are notes. */
enum ReopenReason {
    NEW_NEEDS, SAME_NEEDS_RETURNED, CRISIS, CLOSED_IN_ERROR, OTHER
}
