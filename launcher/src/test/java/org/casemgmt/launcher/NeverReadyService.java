package org.casemgmt.launcher;

/** Stands in for a service that runs but never gets ready, as one whose database is down would. */
public final class NeverReadyService {

    static final String NOT_READY_BODY = "{\"status\":\"OUT_OF_SERVICE\"}";

    private NeverReadyService() {
    }

    public static void main(String[] args) throws Exception {
        FakeService.serve(args, 503, NOT_READY_BODY);
    }
}
