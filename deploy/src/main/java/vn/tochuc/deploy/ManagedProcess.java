package vn.tochuc.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM whose output goes to its own log file. Stopping it is polite first (SIGTERM, so
 * Quarkus and Kafka shut down cleanly) and forceful after a grace period, so that no path leaves
 * a process behind.
 */
public final class ManagedProcess {

    private final String name;
    private final List<String> command;
    private final Path logFile;
    private final Map<String, String> environment;
    private volatile Process process;

    public ManagedProcess(String name, List<String> command, Path logFile) {
        this(name, command, Map.of(), logFile);
    }

    /** @param environment added to the launcher's environment: secrets go here, not on the command line */
    public ManagedProcess(String name, List<String> command, Map<String, String> environment, Path logFile) {
        this.environment = Map.copyOf(environment);
        this.name = name;
        this.command = List.copyOf(command);
        this.logFile = logFile;
    }

    /** Appends to the log so that a restart (after {@link #stop} or {@link #kill}) keeps what came before. */
    public synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "==== " + LocalDateTime.now() + " starting " + name + ": "
                            + withoutPasswords(String.join(" ", command)) + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(detached(command));
            builder.environment().putAll(environment);
            process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + " (" + command.get(0) + ")", e);
        }
    }

    /** The Kafka storage format takes the SCRAM passwords as arguments; the log need not repeat them. */
    static String withoutPasswords(String commandLine) {
        return commandLine.replaceAll("password=[^,\\]\\s]*", "password=***");
    }

    public boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** The exit code, or -1 when the process never ran or is still running. */
    public int exitCode() {
        Process p = process;
        return p == null || p.isAlive() ? -1 : p.exitValue();
    }

    /** @return whether it ended within the timeout */
    public boolean waitFor(Duration timeout) {
        Process p = process;
        try {
            return p == null || p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    /**
     * Sends SIGTERM, waits up to {@code grace}, then kills.
     *
     * @return how it went, for the person watching; {@code null} when nothing was running
     */
    public synchronized String stop(Duration grace) {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return null;
        }
        long started = System.nanoTime();
        p.destroy();
        try {
            if (p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return name + " stopped in " + seconds(started);
            }
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            return name + " did not stop within " + grace.toSeconds() + " s of SIGTERM and was killed";
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return name + " killed (interrupted while waiting for it)";
        }
    }

    /**
     * SIGKILL, as a crash or the kernel's OOM killer would end it: no shutdown hook runs, open transactions and
     * connections are cut. {@link #start()} runs it again with the same command.
     *
     * @return how it went, for the person watching; {@code null} when nothing was running
     */
    public synchronized String kill() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return null;
        }
        p.destroyForcibly();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                throw new LauncherException(name + " (pid " + p.pid() + ") survived SIGKILL for 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while killing " + name, e);
        }
        return name + " killed (SIGKILL), exit code " + p.exitValue();
    }

    /** The last lines of the log, to show with a failure so the reader sees at once what went wrong. */
    public List<String> logTail(int lines) {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(logFile.toFile(), "r")) {
            long from = Math.max(0, file.length() - 16_384);
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of();
        }
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * Ctrl-C in a terminal signals the whole foreground process group. Children left in it would
     * all die at once, in no order and before the launcher can stop them gateway first and Kafka
     * last; in a session of their own they only get the signals the launcher sends. setsid execs
     * in place (a child is never a group leader), so the pid stays that of the JVM.
     */
    private static List<String> detached(List<String> command) {
        for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(setsid))) {
                List<String> wrapped = new java.util.ArrayList<>(command.size() + 1);
                wrapped.add(setsid);
                wrapped.addAll(command);
                return wrapped;
            }
        }
        return command;
    }

    static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
