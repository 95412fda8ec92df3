package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process ids the launcher hands out, which bin/bench reads memory figures from. */
class ChildJvmTest {

    @TempDir
    Path dir;

    @Test
    void itsProcessIdIsTheJavaProcessItselfNotTheSetsidThatStartedIt() throws Exception {
        ChildJvm child = startFakeService("fake");
        try {
            long pid = child.processIds().get("fake");

            assertThat(ProcessHandle.of(pid)).hasValueSatisfying(process ->
                    assertThat(process.info().command()).hasValueSatisfying(command ->
                            assertThat(command).endsWith("/java")));
        } finally {
            child.stop();
        }
    }

    @Test
    void aServiceGroupNamesTheProcessOfEachMember() throws Exception {
        ServiceGroup group = new ServiceGroup("group");
        ChildJvm first = startFakeService("first");
        group.add(first);
        ChildJvm second = startFakeService("second");
        group.add(second);
        try {
            assertThat(group.processIds()).containsOnlyKeys("first", "second")
                    .containsEntry("first", first.processIds().get("first"))
                    .containsEntry("second", second.processIds().get("second"));
        } finally {
            group.stop();
        }
    }

    private ChildJvm startFakeService(String name) throws LaunchException, IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ChildJvm child = ChildJvm.start(name, List.of("-cp", System.getProperty("java.class.path"),
                FakeService.class.getName(), "--server.port=" + port), dir, dir.resolve("logs"), stopped -> { });
        await().atMost(Duration.ofSeconds(30)).until(() -> LocalPorts.accepts(port));
        return child;
    }
}
