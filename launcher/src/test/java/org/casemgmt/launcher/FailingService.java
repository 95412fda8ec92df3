package org.casemgmt.launcher;

/** Stands in for a service that cannot start, as one with a bad configuration would. */
public final class FailingService {

    static final String FAILURE = "APPLICATION FAILED TO START: no MongoDB here";

    private FailingService() {
    }

    public static void main(String[] args) {
        System.out.println(FAILURE);
        System.exit(1);
    }
}
