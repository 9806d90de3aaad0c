package vn.tochuc.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A dynamic class data sharing archive of a JVM of the suite (the Kafka broker on its plain classpath, a Quarkus
 * service from its fast-jar, whose own class loader's classes the JVM keeps as "unregistered" ones and maps only for
 * the same bytes): the classes it loaded on its first run, parsed and verified, mapped from a file on every later
 * start instead of read from the jars again. The first run of a classpath writes it at its exit ({@code -XX:ArchiveClassesAtExit}); later runs map it
 * ({@code -XX:SharedArchiveFile}). The file's name holds a digest of the JVM and of every jar's name, size and time, so
 * a rebuilt jar or another JDK means a new archive (written on the next stop) and never a stale one; a missing,
 * damaged or unusable archive only costs the time it would have saved: the JVM starts without it ({@code -Xshare:auto},
 * the default). Each process writes to a name of its own and the finished file is renamed into place, so suites of
 * several slots in one checkout never map a half-written archive.
 */
final class ClassDataArchive {

    /**
     * How long a JVM that writes its archive at exit is given after SIGTERM: the dump took 8-10 s under a load of
     * 14-20 (decisions.md, "Start, second pass") and more under heavier loads, and a JVM killed while writing leaves
     * no archive, so the next start is a slow one again ("Start, third pass").
     */
    static final Duration WRITING_GRACE = Duration.ofSeconds(60);

    /** Switched off, or nothing to digest: no options, nothing to do at exit. */
    private static final ClassDataArchive NONE = new ClassDataArchive(null, null);

    private final Path archive;
    private final Path writing;
    private final boolean present;

    private ClassDataArchive(Path archive, Path writing) {
        this.archive = archive;
        this.writing = writing;
        this.present = archive != null && Files.isRegularFile(archive);
    }

    /**
     * The archive of one of the suite's JVMs, kept under {@code deploy/target/class-archives} of the checkout; none
     * when {@code -Dtochuc.<switchName>.class-archive=false} (side-by-side figures) or there are no files to digest
     * (not built yet, which the start reports by itself).
     */
    static ClassDataArchive ofSuite(Path root, String switchName, String name, List<Path> files) {
        if (files.isEmpty()
                || !Boolean.parseBoolean(System.getProperty("tochuc." + switchName + ".class-archive", "true"))) {
            return NONE;
        }
        return of(root.resolve("deploy/target/class-archives"), name, files);
    }

    /**
     * @param dir where archives are kept (under target/, so {@code mvn clean} removes them with the jars)
     * @param name what the archive is for, the start of its file name
     * @param jars the classpath, in its order (or every file of a fast-jar)
     */
    static ClassDataArchive of(Path dir, String name, List<Path> jars) {
        Path archive = dir.resolve(name + "-" + digest(jars) + ".jsa");
        Path writing = dir.resolve(name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".jsa.part");
        return new ClassDataArchive(archive, writing);
    }

    /** The JVM options: map the archive if there is one, else write one at exit. */
    List<String> options() {
        if (archive == null) {
            return List.of();
        }
        if (present) {
            return List.of("-XX:SharedArchiveFile=" + archive);
        }
        try {
            Files.createDirectories(writing.getParent());
        } catch (IOException e) {
            return List.of(); // no archive then; the start does not depend on one
        }
        // -Xlog: the dump's notes on classes it skips (old bytecode, failed verification) are of no use in the log
        return List.of("-XX:ArchiveClassesAtExit=" + writing, "-Xlog:cds=error", "-Xlog:cds+dynamic=error");
    }

    /** The options of another program on the same classpath (the storage tool): map the archive if there is one. */
    List<String> readOnlyOptions() {
        return present ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
    }

    /** Whether a JVM started with {@link #options()} writes the archive when it exits. */
    boolean writesAtExit() {
        return archive != null && !present;
    }

    /**
     * Stops a JVM started with {@link #options()}: SIGTERM, then {@code grace} before it is killed, or
     * {@link #WRITING_GRACE} when it is writing the archive; then {@link #afterExit}.
     *
     * @return what happened, or {@code null} when it was not running
     */
    String stop(ManagedProcess process, Duration grace) {
        String stopped = process.stop(writesAtExit() && WRITING_GRACE.compareTo(grace) > 0 ? WRITING_GRACE : grace);
        if (stopped != null) {
            // a JVM killed after the grace (exit code 137) may have left half an archive; one that exited wrote all
            afterExit(process.exitCode() != 137);
        }
        return stopped;
    }

    /**
     * After the process ended: an archive written by a JVM that stopped on its own takes its place; one that was
     * killed mid-write (or never written) is removed, as are archives of older classpaths.
     *
     * @param stoppedCleanly whether the JVM exited by itself after SIGTERM (so it finished writing)
     */
    void afterExit(boolean stoppedCleanly) {
        if (archive == null) {
            return;
        }
        try {
            if (!present && stoppedCleanly && Files.isRegularFile(writing) && Files.size(writing) > 0) {
                Files.move(writing, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                removeOthers();
            }
            Files.deleteIfExists(writing);
        } catch (IOException e) {
            // an archive is an optimisation: without it the next start is slower, nothing else
        }
    }

    private void removeOthers() throws IOException {
        String prefix = archive.getFileName().toString().substring(0, archive.getFileName().toString().lastIndexOf('-') + 1);
        try (Stream<Path> files = Files.list(archive.getParent())) {
            for (Path file : files.toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.startsWith(prefix) && fileName.endsWith(".jsa") && !file.equals(archive)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static String digest(List<Path> jars) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, System.getProperty("java.home") + "|" + System.getProperty("java.vm.version"));
            for (Path jar : jars) {
                update(sha, jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis());
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            return "unreadable"; // a jar that cannot be read fails the start anyway, with a clearer message
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
