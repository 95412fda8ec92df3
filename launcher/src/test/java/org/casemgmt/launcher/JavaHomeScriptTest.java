package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/java-home, which bin/run, bin/test and CI source, against fake JDK folders. */
class JavaHomeScriptTest {

    private static final Path SCRIPT = RepositoryRoot.find().resolve("bin/java-home");

    @TempDir
    Path jvmDir;

    private record Result(int exitCode, String javaHome, String errors) {
    }

    @Test
    void takesTheNewestJdkWhenJavaHomeIsUnset() throws Exception {
        fakeJdk("jdk-17", "17.0.9");
        fakeJdk("jdk-25", "25.0.1");
        fakeJdk("jdk-21", "21.0.5");

        assertThat(source(null).javaHome()).isEqualTo(jvmDir.resolve("jdk-25").toString());
    }

    @Test
    void keepsAJavaHomeThatIsAtLeast21() throws Exception {
        Path jdk21 = fakeJdk("jdk-21", "21.0.5");
        fakeJdk("jdk-25", "25.0.1");

        assertThat(source(jdk21).javaHome()).isEqualTo(jdk21.toString());
    }

    @Test
    void replacesAJavaHomeOlderThan21() throws Exception {
        Path jdk17 = fakeJdk("jdk-17", "17.0.9");
        Path jdk21 = fakeJdk("jdk-21", "21.0.5");

        assertThat(source(jdk17).javaHome()).isEqualTo(jdk21.toString());
    }

    @Test
    void readsTheVersionFromJavaItselfWhenTheJdkHasNoReleaseFile() throws Exception {
        fakeJdk("jdk-17", "17.0.9");
        Path jdk = fakeJdk("jdk-22", null);
        Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\necho 'openjdk version \"22.0.1\" 2024-04-16' >&2\n");

        assertThat(source(null).javaHome()).isEqualTo(jdk.toString());
    }

    @Test
    void passesOverAJreBecauseTheBuildNeedsJavac() throws Exception {
        Path jdk21 = fakeJdk("jdk-21", "21.0.5");
        Files.delete(fakeJdk("jre-25", "25.0.1").resolve("bin/javac"));

        assertThat(source(null).javaHome()).isEqualTo(jdk21.toString());
    }

    @Test
    void failsSayingWhatItNeedsWhenNoJdkIs21OrNewer() throws Exception {
        fakeJdk("jdk-17", "17.0.9");
        fakeJdk("jdk-8", "1.8.0_392");

        Result result = source(null);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errors()).contains("A JDK 21 or newer is needed").contains("Java 17");
    }

    private Result source(Path javaHome) throws IOException, InterruptedException {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", ". \"$1\" && echo \"$JAVA_HOME\"", "bash",
                SCRIPT.toString());
        Map<String, String> environment = bash.environment();
        Map<String, String> kept = new HashMap<>(Map.of("PATH", environment.getOrDefault("PATH", "/usr/bin:/bin"),
                "HOME", jvmDir.toString(), "CASEMGMT_JDK_SEARCH_DIRS", jvmDir.toString()));
        if (javaHome != null) {
            kept.put("JAVA_HOME", javaHome.toString());
        }
        environment.clear();
        environment.putAll(kept);
        Process process = bash.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("bin/java-home finished").isTrue();
        return new Result(process.exitValue(), out, err);
    }

    /** A folder that looks like a JDK: bin/java, bin/javac and, when a version is given, a release file. */
    private Path fakeJdk(String name, String version) throws IOException {
        Path home = jvmDir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        for (String tool : new String[] {"java", "javac"}) {
            Path file = Files.writeString(home.resolve("bin").resolve(tool), "#!/bin/sh\nexit 0\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        if (version != null) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        }
        return home;
    }
}
