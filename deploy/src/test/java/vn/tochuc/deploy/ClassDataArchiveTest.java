package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteAnArchiveOnTheFirstRunAndMapItOnTheNext() throws IOException {
        List<Path> jars = List.of(jar("a.jar", "one"));
        ClassDataArchive first = ClassDataArchive.of(dir.resolve("archives"), "kafka", jars);
        Path writing = written(first.options());
        Files.writeString(writing, "an archive");
        first.afterExit(true);

        List<String> next = ClassDataArchive.of(dir.resolve("archives"), "kafka", jars).options();
        assertThat(next).singleElement().asString().startsWith("-XX:SharedArchiveFile=");
        assertThat(Path.of(next.get(0).substring(next.get(0).indexOf('=') + 1))).hasContent("an archive");
    }

    @Test
    void shouldWriteANewArchiveWhenAJarChangedAndRemoveTheStaleOne() throws IOException {
        Path jar = jar("a.jar", "one");
        ClassDataArchive first = ClassDataArchive.of(dir, "kafka", List.of(jar));
        Files.writeString(written(first.options()), "old");
        first.afterExit(true);
        Files.writeString(jar, "two, longer");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));

        ClassDataArchive rebuilt = ClassDataArchive.of(dir, "kafka", List.of(jar));
        Path writing = written(rebuilt.options());
        Files.writeString(writing, "new");
        rebuilt.afterExit(true);

        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("kafka-")).toList())
                    .singleElement().asString().endsWith(".jsa");
        }
        assertThat(ClassDataArchive.of(dir, "kafka", List.of(jar)).readOnlyOptions()).singleElement().asString()
                .startsWith("-XX:SharedArchiveFile=");
    }

    @Test
    void shouldKeepNoArchiveFromAJvmThatWasKilledWhileWritingIt() throws IOException {
        List<Path> jars = List.of(jar("a.jar", "one"));
        ClassDataArchive killed = ClassDataArchive.of(dir, "kafka", jars);
        Files.writeString(written(killed.options()), "half");
        killed.afterExit(false);

        assertThat(ClassDataArchive.of(dir, "kafka", jars).options()).first().asString()
                .startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(ClassDataArchive.of(dir, "kafka", jars).readOnlyOptions()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("kafka-")).toList()).isEmpty();
        }
    }

    @Test
    void shouldGiveAJvmWritingItsArchiveMoreThanTheGraceToStop() throws Exception {
        List<Path> jars = List.of(jar("a.jar", "one"));
        ClassDataArchive first = ClassDataArchive.of(dir, "kafka", jars);
        Files.writeString(written(first.options()), "an archive");
        ManagedProcess slowToStop = slowToStop("writing");

        String stopped = first.stop(slowToStop, Duration.ofMillis(100));

        assertThat(stopped).contains("stopped in");
        assertThat(ClassDataArchive.of(dir, "kafka", jars).readOnlyOptions()).singleElement().asString()
                .startsWith("-XX:SharedArchiveFile=");
    }

    @Test
    void shouldKillAJvmThatMapsItsArchiveAfterTheGrace() throws Exception {
        List<Path> jars = List.of(jar("a.jar", "one"));
        writtenByAFirstRun(jars);
        ClassDataArchive mapped = ClassDataArchive.of(dir, "kafka", jars);
        ManagedProcess slowToStop = slowToStop("mapping");

        String stopped = mapped.stop(slowToStop, Duration.ofMillis(100));

        assertThat(stopped).contains("was killed");
    }

    @Test
    void shouldGiveNoOptionsWhenTheSuitesArchivesAreSwitchedOff() throws IOException {
        List<Path> jars = List.of(jar("a.jar", "one"));
        System.setProperty("tochuc.kafka.class-archive", "false");
        try {
            ClassDataArchive off = ClassDataArchive.ofSuite(dir, "kafka", "kafka", jars);

            assertThat(off.options()).isEmpty();
            assertThat(off.writesAtExit()).isFalse();
        } finally {
            System.clearProperty("tochuc.kafka.class-archive");
        }
        assertThat(ClassDataArchive.ofSuite(dir, "kafka", "kafka", jars).options()).first().asString()
                .startsWith("-XX:ArchiveClassesAtExit=" + dir.resolve("deploy/target/class-archives"));
    }

    /** As a JVM that ran without an archive leaves it once it stopped by itself. */
    private void writtenByAFirstRun(List<Path> jars) throws IOException {
        ClassDataArchive first = ClassDataArchive.of(dir, "kafka", jars);
        Files.writeString(written(first.options()), "an archive");
        first.afterExit(true);
    }

    /** A process that takes a second to end after SIGTERM, as a JVM writing its archive does (for longer). */
    private ManagedProcess slowToStop(String name) throws InterruptedException {
        ManagedProcess process = new ManagedProcess(name, List.of("sh", "-c",
                "trap 'sleep 1; exit 0' TERM; echo trapped; while true; do sleep 0.1; done"),
                dir.resolve(name + ".log"));
        process.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!process.logTail(5).contains("trapped") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(process.logTail(5)).as("the shell set its trap").contains("trapped");
        return process;
    }

    private Path jar(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static Path written(List<String> options) {
        String option = options.get(0);
        assertThat(option).startsWith("-XX:ArchiveClassesAtExit=");
        return Path.of(option.substring(option.indexOf('=') + 1));
    }
}
