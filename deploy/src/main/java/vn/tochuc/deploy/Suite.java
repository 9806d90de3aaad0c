package vn.tochuc.deploy;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The whole suite on one machine: the databases beside the broker's storage, then the services and a Kafka broker
 * side by side; the suite is ready once the broker has its topics and ACLs and every service answers ready. Stopped
 * in the reverse order. Whatever happens during start, every process started so far is stopped again before the
 * error reaches the caller; a shutdown hook covers Ctrl-C and a killed test JVM.
 */
public final class Suite implements AutoCloseable {

    private final SuiteConfig config;
    private final PrintStream out;
    private final Databases databases;
    private final KafkaBroker kafka;
    private final Object lock = new Object();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Thread hook = new Thread(this::stop, "tochuc-suite-stop");
    private boolean stopping;
    private Duration startupTime;

    public Suite(SuiteConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        this.databases = new Databases(config);
        this.kafka = new KafkaBroker(config);
    }

    /** Checks everything that can be checked before starting anything, then starts it all. */
    public Suite start() {
        long started = System.nanoTime();
        ServiceProcess.requireBuilt(config);
        databases.requireReachable();
        PortCheck.requireFree(PortCheck.portsOf(config));
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            prepare();
            // The services start beside the broker rather than after it: their outbox relays and consumers take
            // the refusals of a broker whose topics and ACLs are not created yet for "not yet" during their
            // start-up grace (platform-core StartupGrace), so nothing waits for the broker but Kafka's own work.
            // -Dtochuc.suite.broker-first=true: the order before issue 13, kept for side-by-side start figures
            // (StartBenchmark); not meant for use.
            long kafkaStarted = System.nanoTime();
            if (Boolean.getBoolean("tochuc.suite.broker-first")) {
                launch(kafka::launch);
                awaitBroker(kafkaStarted);
                startServices(started);
            } else {
                // The broker's process first, so its port is bound before any service's Kafka client dials it:
                // test ports lie in the ephemeral range, and a client dialling a port nobody listens on can be
                // given that very port as its own and connect to itself, taking it from the broker.
                launch(kafka::launch);
                startServices(started);
                awaitBroker(kafkaStarted);
            }
            if (!services.isEmpty()) {
                out.println("Waiting until each service is ready (at most " + config.healthDeadline().toSeconds()
                        + " s)");
                new HealthWait(config.host()).awaitReady(List.copyOf(services), config.healthDeadline());
            }
            startupTime = Duration.ofNanos(System.nanoTime() - started);
            return this;
        } catch (RuntimeException | Error e) {
            if (isStopping()) {
                // Ctrl-C during start: the hook is stopping everything; what failed is a consequence
                throw new LauncherException("Start interrupted; everything started so far is being stopped.", e);
            }
            stop();
            throw e;
        }
    }

    /**
     * The databases, the keys and the broker's storage. The storage's format (a JVM of its own, 1-3 s) runs beside
     * the databases' preparation, and old databases are dropped in the background ("Start, third pass").
     * -Dtochuc.suite.sequential-prepare=true: one after the other with the drops in line, as before, for side-by-side
     * start figures only.
     */
    private void prepare() {
        if (Boolean.getBoolean("tochuc.suite.sequential-prepare")) {
            databases.prepare(false);
            reportDatabases();
            new DevKeys(config.runDir()).ensure();
            kafka.prepareStorage();
            return;
        }
        kafka.requireUsable(); // before the services' passwords are written beside its data, which would hide it
        FutureTask<Void> storage = new FutureTask<>(kafka::prepareStorage, null);
        new Thread(storage, "tochuc-kafka-storage").start();
        try {
            databases.prepare(true);
            reportDatabases();
            new DevKeys(config.runDir()).ensure();
        } catch (RuntimeException | Error e) {
            // no format left running behind the error, whose own failure would only be a consequence
            try {
                storage.get();
            } catch (ExecutionException | RuntimeException ignored) {
                // the first error is the one reported
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw e;
        }
        awaitPrepared(storage);
    }

    private void reportDatabases() {
        out.println("PostgreSQL: databases " + config.databases() + " ready (role " + config.dbRole() + ")");
    }

    private static void awaitPrepared(FutureTask<Void> task) {
        try {
            task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new LauncherException("Preparing the Kafka broker's storage failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while the Kafka broker's storage was prepared", e);
        }
    }

    private void startServices(long started) {
        for (ServiceSpec spec : config.services()) {
            ServiceProcess service = new ServiceProcess(config, spec, databases);
            launch(() -> {
                service.start();
                services.add(service);
            });
        }
        if (!services.isEmpty()) {
            out.println("Started " + services.stream().map(s -> s.spec().name()).toList() + ", "
                    + ManagedProcess.seconds(started) + " after the launch");
        }
    }

    /** Returns once the launched broker answers and has its topics and ACLs. */
    private void awaitBroker(long kafkaStarted) {
        kafka.awaitReady();
        kafka.prepareTopicsAndAcls();
        out.println("Kafka: broker on " + config.kafkaBootstrap() + " ready in "
                + ManagedProcess.seconds(kafkaStarted) + ", topics "
                + config.topics().stream().map(TopicSpec::name).toList());
    }

    /** Idempotent: the gateway first so no request reaches a stopping service, Kafka last. */
    public void stop() {
        List<ServiceProcess> toStop;
        synchronized (lock) {
            if (stopping) {
                return;
            }
            stopping = true;
            toStop = new ArrayList<>(services);
        }
        boolean anything = !toStop.isEmpty() || kafka.isAlive();
        if (anything) {
            out.println("Stopping the suite (SIGTERM, then kill after a grace period)...");
        }
        for (int i = toStop.size() - 1; i >= 0; i--) {
            report(toStop.get(i).stop());
        }
        report(kafka.stop());
        if (anything) {
            out.println("Everything the launcher started is stopped.");
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // called from the hook itself, or before it was registered: nothing to remove
        }
    }

    @Override
    public void close() {
        stop();
    }

    public SuiteConfig config() {
        return config;
    }

    public Databases databases() {
        return databases;
    }

    /** The broker, which tests stop and start again to simulate an outage. */
    public KafkaBroker kafka() {
        return kafka;
    }

    /** A service the suite started, by its name (e.g. {@code cadre-service}). */
    public ServiceProcess service(String name) {
        synchronized (lock) {
            return services.stream().filter(s -> s.spec().name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("The suite started no service named " + name
                            + "; it started " + services.stream().map(s -> s.spec().name()).toList()));
        }
    }

    /**
     * Ends one service with SIGKILL, as a crash would: no graceful shutdown, in-flight requests and transactions
     * are cut. {@link #startAgain} brings it back.
     *
     * @return what happened, or {@code null} when it was not running
     */
    public String kill(String name) {
        return service(name).kill();
    }

    /** Starts a stopped or killed service again with the command it was first started with, and waits until ready. */
    public void startAgain(String name) {
        ServiceProcess service = service(name);
        launch(service::start);
        new HealthWait(config.host()).awaitReady(List.of(service), config.healthDeadline());
    }

    /** From the call to {@link #start()} until every service was ready. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Processes that have ended although nobody asked them to, for the foreground watcher. */
    public List<ManagedProcess> unexpectedlyEnded() {
        List<ManagedProcess> ended = new ArrayList<>();
        synchronized (lock) {
            if (stopping) {
                return ended;
            }
            services.stream().map(ServiceProcess::process).filter(p -> !p.isAlive()).forEach(ended::add);
            if (!kafka.isAlive()) {
                ended.add(kafka.process());
            }
        }
        return ended;
    }

    private boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    /** Refuses to launch once a stop has begun, so Ctrl-C during start leaves nothing behind. */
    private void launch(Runnable launcher) {
        synchronized (lock) {
            if (stopping) {
                throw new LauncherException("Start interrupted: the suite is being stopped.");
            }
            launcher.run();
        }
    }

    private void report(String line) {
        if (line != null) {
            out.println("  " + line);
        }
    }
}
