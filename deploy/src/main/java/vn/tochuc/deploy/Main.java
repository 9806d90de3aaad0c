package vn.tochuc.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.platform.event.BrokerAccess;

/**
 * {@code ./tochuc run [--demo]}: starts the suite in the foreground and keeps it running until
 * Ctrl-C, when the suite's shutdown hook stops everything.
 */
public final class Main {

    static final String USAGE = """
            Usage: java -cp deploy/target/classes:deploy/target/lib/* vn.tochuc.deploy.Main [run] [options]
              --demo                   load the demo (org tree, people, members, the Board's tasks, targets, congresses
                                       and reports) through the APIs once the suite is up
              --root DIR               the repository root (default: the current folder)
              --health-timeout SECONDS how long the services may take to become ready (default 180)
              --help                   this text
            """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("token")) {
            token(Arrays.asList(args).subList(1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("replay-dead-letters")) {
            replayDeadLetters(Arrays.asList(args).subList(1, args.length));
            return;
        }
        boolean demo = false;
        Path root = Path.of("").toAbsolutePath();
        Duration healthTimeout = Duration.ofSeconds(180);
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "run" -> { }
                    case "--demo" -> demo = true;
                    case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                    case "--health-timeout" -> healthTimeout = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--help", "-h", "help" -> {
                        System.out.print(USAGE);
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            System.err.println("Error: " + (e instanceof ArrayIndexOutOfBoundsException
                    ? "an option is missing its value" : e.getMessage()) + "\n" + USAGE);
            System.exit(2);
        }
        if (!Files.isDirectory(root.resolve("deploy")) || !Files.isRegularFile(root.resolve("pom.xml"))) {
            System.err.println("Error: " + root + " is not the ToChuc repository root (no pom.xml and deploy/"
                    + " there). Run from the root or pass --root DIR.");
            System.exit(2);
        }
        SuiteConfig config = SuiteConfig.defaults(root).withHealthDeadline(healthTimeout);
        if (demo) {
            // the demo loader is one caller reading and writing a few thousand records in a minute: lift the
            // per-caller read and write limits of this local gateway (imports and reports stay limited)
            System.setProperty("tochuc.gateway.rate-limit.classes.reads.capacity", "1000000");
            System.setProperty("tochuc.gateway.rate-limit.classes.writes.capacity", "1000000");
        }
        Suite suite = new Suite(config, System.out);
        try {
            suite.start();
        } catch (LauncherException e) {
            System.err.println("\nError: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            // not foreseen, so the stack trace is the best description there is
            System.err.println("\nUnexpected error while starting; everything started was stopped:");
            e.printStackTrace();
            System.exit(1);
        }
        if (demo) {
            try {
                DemoData.of(config, System.out).loadAll();
            } catch (LauncherException | IllegalStateException e) {
                // the suite itself is fine: keep it running so the failure can be looked into
                System.err.println("Warning: " + e.getMessage());
            }
        }
        System.out.print(SuiteSummary.describe(config, suite.startupTime()));
        watch(suite);
    }

    /** {@code token [--root DIR] [options]}: prints a token for the local suite (see {@link TokenCommand}). */
    private static void token(List<String> args) {
        List<String> options = new ArrayList<>(args);
        Path root = Path.of("").toAbsolutePath();
        int at = options.indexOf("--root");
        if (at >= 0 && at + 1 < options.size()) {
            root = Path.of(options.get(at + 1)).toAbsolutePath();
            options.subList(at, at + 2).clear();
        }
        try {
            System.out.println(TokenCommand.run(SuiteConfig.defaults(root).runDir(), options));
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage() + "\n" + TokenCommand.USAGE);
            System.exit(2);
        }
    }

    /** {@code replay-dead-letters [options]}: see {@link DeadLetterReplay}. */
    private static void replayDeadLetters(List<String> args) {
        List<String> options = new ArrayList<>(args);
        int at = options.indexOf("--root");
        Path root = at >= 0 && at + 1 < options.size() ? Path.of(options.get(at + 1)) : Path.of("");
        if (at >= 0) {
            options.subList(at, Math.min(at + 2, options.size())).clear();
        }
        SuiteConfig config = SuiteConfig.defaults(root);
        DeadLetterReplay.Options replay;
        try {
            replay = DeadLetterReplay.Options.parse(options, config.host() + ":" + config.kafkaPort(),
                    adminSignIn(config));
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage() + "\n" + DeadLetterReplay.USAGE);
            System.exit(2);
            return;
        }
        try {
            DeadLetterReplay.run(replay, System.out);
        } catch (RuntimeException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * The replay reads any dead-letter topic and writes any topic, so it signs in as the administrator: the local
     * broker's from .run/kafka/users.properties, another broker's from TOCHUC_KAFKA_ADMIN_USERNAME and
     * TOCHUC_KAFKA_ADMIN_PASSWORD.
     */
    private static Map<String, Object> adminSignIn(SuiteConfig config) {
        String password = System.getenv("TOCHUC_KAFKA_ADMIN_PASSWORD");
        if (password != null) {
            return BrokerAccess.clientSignIn(System.getenv().getOrDefault("TOCHUC_KAFKA_ADMIN_USERNAME",
                    BrokerAccess.ADMIN), password);
        }
        return new KafkaUsers(config.kafkaDir()).signIn(BrokerAccess.ADMIN);
    }

    /** Says once when a process ends on its own; the rest of the suite keeps running. */
    private static void watch(Suite suite) throws InterruptedException {
        Set<String> reported = new HashSet<>();
        while (true) {
            for (ManagedProcess p : suite.unexpectedlyEnded()) {
                if (reported.add(p.name())) {
                    System.err.println("Warning: " + p.name() + " ended with code " + p.exitCode()
                            + "; read " + p.logFile() + ". Stop with Ctrl-C and run again.");
                }
            }
            Thread.sleep(2000);
        }
    }
}
