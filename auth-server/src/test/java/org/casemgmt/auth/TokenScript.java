package org.casemgmt.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the repository's {@code bin/token} as a person would, with curl, and keeps what it printed. */
record TokenScript(int exitCode, String output, String error) {

    private static final Path SCRIPT = Path.of("").toAbsolutePath().getParent().resolve("bin/token");

    static TokenScript run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        try {
            Path out = Files.createTempFile("bin-token", ".out");
            Path err = Files.createTempFile("bin-token", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().remove("CASEMGMT_ISSUER");
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("bin/token did not finish within 60 s");
            }
            return new TokenScript(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip(),
                    Files.readString(err, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + SCRIPT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The token printed, failing with what the script said when it printed none. */
    String token() {
        if (exitCode != 0 || output.isEmpty()) {
            throw new AssertionError("bin/token exited with " + exitCode + ": " + error);
        }
        return output;
    }
}
