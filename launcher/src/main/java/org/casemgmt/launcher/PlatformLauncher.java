package org.casemgmt.launcher;

/** Starts the embedded default from Java, e.g. in the end-to-end tests: {@code try (Platform p = start(options))}. */
public final class PlatformLauncher {

    private PlatformLauncher() {
    }

    /**
     * Starts MongoDB, Kafka, the services whose jars exist (or exactly those selected), then the gateway, and returns
     * once each is ready.
     *
     * @throws LaunchException naming the component that failed and its log; whatever had started is stopped again
     */
    public static Platform start(LaunchOptions options) throws LaunchException {
        Platform platform = new Platform(options);
        platform.start();
        return platform;
    }
}
