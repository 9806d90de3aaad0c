package vn.tochuc.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.Bench;

/**
 * The suite's start with different JVM options, taken in turns so each sees the same load: CPU seconds per process
 * until every readiness check is UP, and how much of them the JIT compilers spent. Figures, not assertions:
 * {@code -Dtochuc.bench.start-ways="name|service options|broker options|launcher properties;;name|..."},
 * {@code -Dtochuc.bench.start-rounds=N} (3), {@code -Dtochuc.bench.start-fresh=false} to start on the databases and
 * broker data of the first start (a second {@code ./tochuc run}).
 */
@Tag("benchmark")
class JvmStartBenchmark {

    private static final int ROUNDS = Integer.getInteger("tochuc.bench.start-rounds", 3);
    private static final int PORT_OFFSET = Integer.getInteger("tochuc.bench.port-offset", 30_000);
    private static final boolean FRESH = Boolean.parseBoolean(System.getProperty("tochuc.bench.start-fresh", "true"));
    private static final long TICKS = 100;

    @Test
    void printTheStartOfTheSuiteForEachSetOfJvmOptions() {
        Map<String, String[]> ways = new LinkedHashMap<>();
        for (String way : System.getProperty("tochuc.bench.start-ways", "default||").split(";;")) {
            String[] parts = (way + "| | | ").split("\\|", -1);
            ways.put(parts[0].trim(), new String[] {parts[1].trim(), parts[2].trim(), parts[3].trim()});
        }
        SuiteConfig fresh = E2e.config(PORT_OFFSET, "tochuc_bench" + PORT_OFFSET / 1000 + "_", "bench-run");
        if (!FRESH) {
            try (Suite first = E2e.startFromNothing(fresh, "[start, first]")) {
                System.out.println("first start done");
            }
        }
        Map<String, List<double[]>> figures = new LinkedHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (var way : ways.entrySet()) {
                System.setProperty("tochuc.bench.service-jvm-options", way.getValue()[0]);
                System.setProperty("tochuc.bench.kafka-jvm-options", way.getValue()[1]);
                Map<String, String> properties = new LinkedHashMap<>();
                for (String property : way.getValue()[2].split("\\s+")) {
                    if (property.contains("=")) {
                        properties.put(property.substring(0, property.indexOf('=')),
                                property.substring(property.indexOf('=') + 1));
                    }
                }
                properties.forEach(System::setProperty);
                try (Suite suite = FRESH ? E2e.startFromNothing(fresh, "[start " + way.getKey() + "]")
                        : new Suite(fresh.withRecreatedDatabases(false), System.out).start()) {
                    double seconds = suite.startupTime().toMillis() / 1000.0;
                    Map<String, double[]> perProcess = new TreeMap<>();
                    perProcess.put("kafka", cpu(suite.kafka().process().pid()));
                    suite.config().services().forEach(s -> perProcess.put(s.name(),
                            cpu(suite.service(s.name()).process().pid())));
                    double total = perProcess.values().stream().mapToDouble(v -> v[0]).sum();
                    double jit = perProcess.values().stream().mapToDouble(v -> v[1] + v[2]).sum();
                    StringBuilder detail = new StringBuilder();
                    perProcess.forEach((name, v) -> detail.append(String.format(Locale.ROOT,
                            " %s %.1f (C1 %.1f, C2 %.1f, VM/GC %.1f, rss %.0f MB);", name, v[0], v[1], v[2], v[3], v[4])));
                    System.out.printf(Locale.ROOT, "BENCHMARK start %s, round %d: %.1f s, %.1f CPU s (JIT %.1f), load %s;%s%n",
                            way.getKey(), round, seconds, total, jit, Bench.loadAverage(), detail);
                    figures.computeIfAbsent(way.getKey(), k -> new ArrayList<>())
                            .add(new double[] {seconds, total, jit, perProcess.get("kafka")[0]});
                } finally {
                    System.clearProperty("tochuc.bench.service-jvm-options");
                    System.clearProperty("tochuc.bench.kafka-jvm-options");
                    properties.keySet().forEach(System::clearProperty);
                }
            }
        }
        figures.forEach((way, runs) -> System.out.printf(Locale.ROOT,
                "BENCHMARK start summary %s: median %.1f s, %.1f CPU s (JIT %.1f, broker %.1f) over %d%n", way,
                median(runs, 0), median(runs, 1), median(runs, 2), median(runs, 3), runs.size()));
    }

    private static double median(List<double[]> runs, int column) {
        double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    /** CPU seconds of a process: total, its C1 and C2 compiler threads, VM thread and GC; and its resident MB. */
    private static double[] cpu(long pid) {
        double[] out = new double[5];
        try {
            out[0] = ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))) / (double) TICKS;
            try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path task : tasks.toList()) {
                    String stat;
                    try {
                        stat = Files.readString(task.resolve("stat"));
                    } catch (IOException gone) {
                        continue;
                    }
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    double seconds = ticks(stat) / (double) TICKS;
                    if (name.startsWith("C1 Compiler")) {
                        out[1] += seconds;
                    } else if (name.startsWith("C2 Compiler")) {
                        out[2] += seconds;
                    } else if (name.startsWith("VM Thread") || name.startsWith("GC")) {
                        out[3] += seconds;
                    }
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    out[4] = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            out[0] = Double.NaN;
        }
        return out;
    }

    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
