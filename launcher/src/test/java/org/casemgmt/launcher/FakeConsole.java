package org.casemgmt.launcher;

/**
 * Stands in for the console's jar in {@link PlatformIT}: a {@link FakeService} whose readiness, like everything of the
 * console's, is under its context path only, so it is ready only for a launcher that asks there.
 */
public final class FakeConsole {

    /** The console's {@code server.servlet.context-path}; a constant here, as this jar holds no launcher class. */
    static final String CONTEXT_PATH = "/console";

    private FakeConsole() {
    }

    public static void main(String[] args) throws Exception {
        FakeService.serve(args, CONTEXT_PATH, 200, FakeService.READY_BODY);
    }
}
