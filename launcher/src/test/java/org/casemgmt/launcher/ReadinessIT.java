package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessIT {

    @TempDir
    Path dir;

    @Test
    void aComponentThatNeverGetsReadyIsReportedWithItsLastReadinessAnswer() throws Exception {
        int port = LaunchOptions.builder(dir).freePorts().build().mongoPort();
        Path jar = FakeJars.write(dir.resolve("never-ready.jar"), NeverReadyService.class, FakeService.class);
        ChildJvm service = ChildJvm.start("never-ready", List.of("-jar", jar.toString(), "--server.port=" + port),
                dir, dir.resolve("logs"), child -> { });
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> LocalPorts.accepts(port));

            assertThatThrownBy(() -> Readiness.await(service, Duration.ofSeconds(1), Readiness.httpReadiness(
                    "never-ready", URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))))
                    .isInstanceOf(LaunchException.class)
                    .hasMessageContaining("never-ready was not ready within 1 s")
                    .hasMessageContaining("it last answered 503 " + NeverReadyService.NOT_READY_BODY)
                    .hasMessageContaining(dir.resolve("logs/never-ready.log").toString());
        } finally {
            service.stop();
        }
    }
}
