package org.casemgmt.launcher;

import java.util.List;
import java.util.Optional;

/** {@code bin/run}: starts the platform in the foreground; Ctrl-C stops it. */
public final class LauncherMain {

    private static final int USAGE_ERROR = 2;
    private static final int LAUNCH_ERROR = 1;

    private LauncherMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Optional<LaunchOptions> parsed;
        try {
            parsed = CommandLine.parse(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("bin/run: " + e.getMessage());
            System.exit(USAGE_ERROR);
            return;
        }
        if (parsed.isEmpty()) {
            System.out.print(CommandLine.usage());
            return;
        }
        // Created before it starts, so Ctrl-C during a slow start still stops what has started.
        Platform platform = new Platform(parsed.get());
        try {
            platform.start();
        } catch (LaunchException e) {
            System.err.println();
            System.err.println("The platform did not start: " + e.getMessage());
            System.exit(LAUNCH_ERROR);
            return;
        }
        System.out.println();
        System.out.println("The case management platform is running. Ctrl-C stops it.");
        System.out.println();
        System.out.print(platform.describe());
        platform.awaitClosed();
    }
}
