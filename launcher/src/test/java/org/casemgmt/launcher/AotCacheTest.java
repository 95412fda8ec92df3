package org.casemgmt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a build's extracted jar and AOT cache live, which JDKs have one, and the JVM options that use it. */
class AotCacheTest {

    private static final ServiceModule INTAKE = ServiceModule.byName("intake-service").orElseThrow();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path repo;

    @Test
    void eachBuildOfAJarHasItsOwnDirectoryBesideItNamedAfterItsSizeAndModificationTime() {
        Path jar = Path.of("/repo/intake-service/target/intake-service.jar");
        FileTime built = FileTime.from(Instant.parse("2026-12-07T00:14:00.123Z"));

        assertThat(AotCache.runDir(jar, 74_590_569, built))
                .isEqualTo(Path.of("/repo/intake-service/target/aot/74590569-" + built.toMillis()));
        assertThat(AotCache.runDir(jar, 74_590_569, FileTime.fromMillis(built.toMillis() + 1)))
                .isNotEqualTo(AotCache.runDir(jar, 74_590_569, built));
    }

    @Test
    void theCacheFileIsNamedAfterTheJdkThatAloneCanReadIt() {
        assertThat(AotCache.cacheFileName("intake-service", Runtime.Version.parse("25.0.3+9-LTS")))
                .isEqualTo("intake-service-jdk-25.0.3+9-LTS.aot");
    }

    @Test
    void onlyJdk25AndLaterHaveACacheThatOneTrainingRunWrites() {
        assertThat(AotCache.isSupportedBy(Runtime.Version.parse("21.0.5"))).isFalse();
        assertThat(AotCache.isSupportedBy(Runtime.Version.parse("24"))).isFalse();
        assertThat(AotCache.isSupportedBy(Runtime.Version.parse("25"))).isTrue();
        assertThat(AotCache.isSupportedBy(Runtime.Version.parse("26-ea"))).isTrue();
    }

    @Test
    void aTrainingRunWritesToTheFileGivenAndExitsOnceSpringsContextIsRefreshed() {
        Path output = Path.of("/repo/intake-service/target/aot/1-2/intake-service.aot.x.training");

        assertThat(AotCache.trainingOptions(output)).containsExactly(
                "-XX:AOTCacheOutput=" + output, "-Dspring.context.exit=onRefresh");
    }

    @Test
    void extractsABuildOnceAndStartsWithoutTheCacheUntilATrainingRunHasWrittenIt() throws Exception {
        Path built = FakeJars.write(INTAKE.jar(repo), FakeService.class);

        AotCache cache = AotCache.prepare(INTAKE, repo, repo.resolve("extraction.log"), TIMEOUT);

        assertThat(cache.jar()).isEqualTo(runDir(built).resolve("intake-service.jar")).isRegularFile();
        assertThat(cache.cacheFile().getParent()).isEqualTo(runDir(built));
        assertThat(cache.isTrained()).isFalse();
        assertThat(cache.runOptions()).isEmpty();

        Path output = cache.newTrainingOutput();
        assertThat(output.getParent()).isEqualTo(runDir(built));
        assertThat(cache.newTrainingOutput()).as("each training run its own file").isNotEqualTo(output);
        Files.writeString(output, "what the JVM wrote");
        assertThat(cache.keep(output)).isTrue();

        assertThat(output).doesNotExist();
        assertThat(cache.isTrained()).isTrue();
        assertThat(cache.runOptions()).containsExactly("-XX:AOTCache=" + cache.cacheFile());
        Files.delete(repo.resolve("extraction.log"));
        assertThat(AotCache.prepare(INTAKE, repo, repo.resolve("extraction.log"), TIMEOUT).isTrained())
                .as("the next launch of the same build").isTrue();
        assertThat(repo.resolve("extraction.log")).as("not extracted again").doesNotExist();
    }

    @Test
    void aTrainingRunThatWroteNothingLeavesNoCache() throws Exception {
        FakeJars.write(INTAKE.jar(repo), FakeService.class);
        AotCache cache = AotCache.prepare(INTAKE, repo, repo.resolve("extraction.log"), TIMEOUT);
        Path output = cache.newTrainingOutput();

        assertThat(cache.keep(output)).isFalse();
        Files.writeString(output.resolveSibling(output.getFileName() + ".config"), "the JVM's intermediate file");
        cache.discard(output);

        assertThat(cache.isTrained()).isFalse();
        try (Stream<Path> files = Files.list(cache.jar().getParent())) {
            assertThat(files).containsExactly(cache.jar());
        }
    }

    @Test
    void aNewBuildIsExtractedAfreshAndTheEarlierBuildsDirectoryDeleted() throws Exception {
        Path built = FakeJars.write(INTAKE.jar(repo), FakeService.class);
        Path earlier = AotCache.prepare(INTAKE, repo, repo.resolve("extraction.log"), TIMEOUT).jar().getParent();

        FakeJars.write(built, FakeService.class, FakeJars.class);
        AotCache rebuilt = AotCache.prepare(INTAKE, repo, repo.resolve("extraction.log"), TIMEOUT);

        assertThat(rebuilt.jar()).isEqualTo(runDir(built).resolve("intake-service.jar"))
                .hasSameBinaryContentAs(built);
        assertThat(earlier).isNotEqualTo(rebuilt.jar().getParent()).doesNotExist();
    }

    @Test
    void aJarThatCannotBeExtractedFailsNamingItsLogAndLeavesNoDirectory() throws Exception {
        Path built = FakeJars.write(INTAKE.jar(repo), FailingService.class);

        assertThatThrownBy(() -> AotCache.prepare(INTAKE, repo, repo.resolve("extraction.log"), TIMEOUT))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("extracting " + built)
                .hasMessageContaining(FailingService.FAILURE);
        try (Stream<Path> left = Files.list(built.resolveSibling("aot"))) {
            assertThat(left).as("only the lock file").allSatisfy(path -> assertThat(path).isRegularFile());
        }
    }

    private static Path runDir(Path built) throws IOException {
        return AotCache.runDir(built, Files.size(built), Files.getLastModifiedTime(built));
    }
}
