package vn.tochuc.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.Bench;

/**
 * The suite's start, from nothing (empty databases, a broker to format) to every readiness check UP, in each way the
 * launcher can start it, taken in turns so that each way sees the same load: the services after the broker (as
 * before issue 13) and beside it. Besides the wall time it prints the CPU seconds the suite's processes spent until
 * then, which depend less on what else the machine runs. Figures, not assertions:
 * {@code mvn -B -pl deploy -am verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=StartBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dtochuc.bench.start-rounds=N} (3).
 */
@Tag("benchmark")
class StartBenchmark {

    private static final int ROUNDS = Integer.getInteger("tochuc.bench.start-rounds", 3);
    private static final int PORT_OFFSET = Integer.getInteger("tochuc.bench.port-offset", 30_000);
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    @Test
    void printTheStartOfTheSuiteWithTheServicesAfterAndBesideTheBroker() {
        Map<String, Map<String, String>> ways = new LinkedHashMap<>();
        ways.put("services after the broker", Map.of("tochuc.suite.broker-first", "true"));
        ways.put("services beside the broker", Map.of("tochuc.suite.broker-first", "false"));
        Map<String, List<double[]>> figures = new LinkedHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (var way : ways.entrySet()) {
                way.getValue().forEach(System::setProperty);
                SuiteConfig config = E2e.config(PORT_OFFSET, "tochuc_bench" + PORT_OFFSET / 1000 + "_", "bench-run");
                try (Suite suite = E2e.startFromNothing(config, "[start " + way.getKey() + "]")) {
                    double seconds = suite.startupTime().toMillis() / 1000.0;
                    double cpu = cpuSeconds(suite);
                    String load = Bench.loadAverage();
                    System.out.printf(Locale.ROOT, "BENCHMARK start, %s, round %d: healthy %.1f s after launch, "
                            + "%.1f CPU s in the suite's processes (load average %s)%n", way.getKey(), round, seconds,
                            cpu, load);
                    figures.computeIfAbsent(way.getKey(), k -> new ArrayList<>()).add(new double[] {seconds, cpu});
                } finally {
                    way.getValue().keySet().forEach(System::clearProperty);
                }
            }
        }
        double before = median(figures.get("services after the broker"), 0);
        figures.forEach((way, runs) -> {
            double seconds = median(runs, 0);
            Bench.row("start", "launch to every /q/health/ready UP (empty databases), " + way + ", median of "
                    + runs.size(), String.format(Locale.ROOT, "%.1f s (%.1f CPU s)", seconds, median(runs, 1)),
                    "services after the broker", String.format(Locale.ROOT, "%.2f×", seconds / before), "≤ 10 s",
                    seconds <= 10 ? "yes" : "NO");
        });
    }

    private static double median(List<double[]> runs, int column) {
        double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    /** User and system time of the broker and every service so far, from /proc (Linux). */
    private static double cpuSeconds(Suite suite) {
        List<Long> pids = new ArrayList<>();
        pids.add(suite.kafka().process().pid());
        suite.config().services().forEach(s -> pids.add(suite.service(s.name()).process().pid()));
        long ticks = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }
        return (double) ticks / CLOCK_TICKS_PER_SECOND;
    }
}
