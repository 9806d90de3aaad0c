package vn.tochuc.platform.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks share: percentiles of timings, and the rows of the Markdown report {@code ./tochuc bench}
 * assembles. A benchmark measures a figure and its anchor (what the database or the broker alone does) in the same
 * run, because on a shared machine only the ratio of two figures taken side by side means something.
 *
 * <p>A row is printed as {@code BENCHROW | section | what | figure | anchor | ratio | goal | met |}: the launcher
 * script greps these lines from the Maven output, so a benchmark needs no file of its own.
 */
public final class Bench {

    private static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");

    private Bench() {
    }

    /** Timings in milliseconds, sorted, with the percentiles the report quotes. */
    public record Timings(List<Double> sorted) {

        public static Timings of(List<Double> millis) {
            List<Double> copy = new ArrayList<>(millis);
            Collections.sort(copy);
            return new Timings(List.copyOf(copy));
        }

        public double p(double quantile) {
            return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * quantile) - 1));
        }

        public double p50() {
            return p(0.50);
        }

        public double p95() {
            return p(0.95);
        }

        public String summary() {
            return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms (%d runs)", p50(), p95(), sorted.size());
        }
    }

    /** Something timed repeatedly: the body is one run, in milliseconds. */
    @FunctionalInterface
    public interface Run {
        double millis() throws Exception;
    }

    /** {@code warmUp} runs thrown away, then {@code runs} kept. */
    public static Timings time(int warmUp, int runs, Run run) {
        try {
            for (int i = 0; i < warmUp; i++) {
                run.millis();
            }
            List<Double> millis = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                millis.add(run.millis());
            }
            return Timings.of(millis);
        } catch (Exception e) {
            throw new IllegalStateException("a benchmark run failed: " + e.getMessage(), e);
        }
    }

    public static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /**
     * The "Execution Time" of an {@code EXPLAIN ANALYZE} output, in milliseconds; the sum of them when the lines hold
     * the plans of several statements (an answer that takes two).
     */
    public static double executionTime(List<String> plan) {
        double total = 0;
        boolean found = false;
        for (String line : plan) {
            Matcher m = EXECUTION_TIME.matcher(line);
            if (m.find()) {
                total += Double.parseDouble(m.group(1));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no 'Execution Time' in the plan: " + plan);
        }
        return total;
    }

    /** One GET timed by curl: its status, the bytes of its body, and curl's own time for the whole exchange. */
    public record Exchange(int status, long bytes, double millis) {
    }

    /**
     * GETs each of {@code urls} in turn with curl, one process that keeps its connection (as a client in the
     * benchmark's JVM keeps its own), each exchange timed by curl: a client outside the JVM that only reads the
     * bytes, where a client in the JVM shares the machine's two cores with the service it times and adds its own
     * handling of every buffer. Null when curl is not installed.
     */
    public static List<Exchange> curl(List<String> urls, String authorization) throws IOException,
            InterruptedException {
        Path config = Files.createTempFile("bench", ".curl");
        try {
            StringBuilder text = new StringBuilder();
            for (String url : urls) {
                text.append("url = \"").append(url).append("\"\noutput = \"/dev/null\"\n");
            }
            Files.writeString(config, text);
            Process curl;
            try {
                curl = new ProcessBuilder("curl", "-s", "-K", config.toString(), "-H",
                        "Authorization: " + authorization, "-w", "%{http_code} %{size_download} %{time_total}\\n")
                        .redirectErrorStream(true).start();
            } catch (IOException notInstalled) {
                System.out.println("BENCHMARK curl not found: timed by the client in the JVM alone");
                return null;
            }
            List<String> lines = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .toList();
            if (curl.waitFor() != 0 || lines.size() != urls.size()) {
                throw new IllegalStateException("curl ended with " + curl.exitValue() + " after " + lines.size()
                        + " of " + urls.size() + " exchanges: " + lines);
            }
            List<Exchange> exchanges = new ArrayList<>();
            for (String line : lines) {
                String[] fields = line.split(" ");
                exchanges.add(new Exchange(Integer.parseInt(fields[0]), Long.parseLong(fields[1]),
                        Double.parseDouble(fields[2]) * 1000));
            }
            return exchanges;
        } finally {
            Files.deleteIfExists(config);
        }
    }

    /**
     * A row of the report comparing a latency with its anchor (lower is better): the ratio is figure / anchor and
     * the goal is met when the ratio and the absolute figure are both within their limits (a limit of 0: none).
     */
    public static void latencyRow(String section, String what, double figureMs, String anchorWhat, double anchorMs,
            double maxRatio, double maxMs) {
        double ratio = figureMs / anchorMs;
        boolean met = (maxRatio <= 0 || ratio <= maxRatio) && (maxMs <= 0 || figureMs <= maxMs);
        String goal = (maxRatio > 0 ? String.format(Locale.ROOT, "≤ %.2f×", maxRatio) : "")
                + (maxRatio > 0 && maxMs > 0 ? " and " : "")
                + (maxMs > 0 ? String.format(Locale.ROOT, "≤ %.0f ms", maxMs) : "");
        row(section, what, String.format(Locale.ROOT, "%.1f ms", figureMs),
                String.format(Locale.ROOT, "%.1f ms (%s)", anchorMs, anchorWhat),
                String.format(Locale.ROOT, "%.2f", ratio), goal.isEmpty() ? "-" : goal, goal.isEmpty() ? "-" : met ? "yes" : "NO");
    }

    /** A row comparing a throughput with its anchor (higher is better): the ratio is figure / anchor. */
    public static void throughputRow(String section, String what, double perSecond, String anchorWhat,
            double anchorPerSecond, double minRatio) {
        double ratio = perSecond / anchorPerSecond;
        row(section, what, String.format(Locale.ROOT, "%,.0f rows/s", perSecond),
                String.format(Locale.ROOT, "%,.0f rows/s (%s)", anchorPerSecond, anchorWhat),
                String.format(Locale.ROOT, "%.2f", ratio), String.format(Locale.ROOT, "≥ %.2f×", minRatio),
                ratio >= minRatio ? "yes" : "NO");
    }

    public static void row(String section, String what, String figure, String anchor, String ratio, String goal,
            String met) {
        System.out.println("BENCHROW | " + String.join(" | ", section, what, figure, anchor, ratio, goal, met) + " |");
    }

    /**
     * CPU time of the PostgreSQL backends of {@code database} on this machine, by their process titles: the database's
     * own work for a figure, which load changes far less than wall time.
     */
    public static long backendsCpuMillis(String database) throws IOException {
        long sum = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String title = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
                    if (title.startsWith("postgres: ") && title.contains(" " + database + " ")) {
                        sum += cpuMillis(Long.parseLong(proc.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException e) {
                    // a backend that ended meanwhile
                }
            }
        }
        return sum;
    }

    /** User and system CPU of a process, from /proc (clock ticks of 10 ms). */
    public static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** The load average of the machine, for the report: absolute figures on a shared machine need it beside them. */
    public static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
