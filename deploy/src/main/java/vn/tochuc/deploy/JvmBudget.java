package vn.tochuc.deploy;

import java.util.List;
import java.util.Map;

/**
 * The memory budget of each JVM of the suite, in one place: the launcher starts the services with these options and
 * the Kubernetes manifests set the same ones in {@code JAVA_OPTS_APPEND} (a test compares them). The arithmetic and
 * the reasons are in docs/decisions.md, "Memory budget": a Quarkus service fits in 250 MB resident, the gateway in
 * 150 MB.
 */
public final class JvmBudget {

    /**
     * glibc keeps memory that the JIT, NIO and the Kafka clients freed (MALLOC_ARENA_MAX below bounds its arenas, not
     * what they hold): {@code jcmd <pid> System.trim_native_heap} after the demo gave back 4-38 MB per JVM of the
     * suite, up to 12 % of its resident set. JDK 17.0.9 and later trim on their own at this interval, outside
     * safepoints.
     */
    private static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=30000";

    /** org-, cadre- and task-service: Hibernate, Kafka clients, a JDBC pool. */
    static final List<String> SERVICE = List.of(
            "-Xms48m", "-Xmx128m",
            // C1 alone: C2's compilations were about 40 % of a service's CPU until ready (the suite's start is
            // CPU-bound), and its code, profiles (in metaspace) and compiler arenas 40-50 MB of its resident set under
            // the soak; the price, measured: 1.35x the CPU per read once C2 would have warmed up (decisions.md,
            // "Start, second pass")
            "-XX:TieredStopAtLevel=1",
            // Quarkus with Hibernate and the Kafka clients loads about 70 MB of class metadata, and Apache POI's
            // OOXML classes some 40 more on the first XLSX answer (112 MB ended cadre-service with an
            // OutOfMemoryError: Metaspace on its first statistics workbook): cap it with room
            "-XX:MaxMetaspaceSize=160m", "-XX:CompressedClassSpaceSize=48m",
            // the JIT's output stays under 30 MB; the default reserves 240 MB and lets it grow
            "-XX:ReservedCodeCacheSize=48m",
            // no code path recurses deeply; the default 1 MB per thread is mostly untouched but counted by some
            "-Xss512k",
            // Netty's pooled buffers and the Kafka clients' socket buffers
            "-XX:MaxDirectMemorySize=32m",
            // hand freed heap back after a collection instead of keeping the high-water mark resident
            "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            TRIM_NATIVE_HEAP,
            "-XX:+ExitOnOutOfMemoryError");

    /** The gateway: a streaming proxy, no data of its own, the merged API document the largest thing it holds. */
    static final List<String> GATEWAY = List.of(
            "-Xms16m", "-Xmx64m",
            "-XX:MaxMetaspaceSize=64m", "-XX:CompressedClassSpaceSize=16m",
            "-XX:ReservedCodeCacheSize=32m",
            "-Xss512k",
            "-XX:MaxDirectMemorySize=32m",
            "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            TRIM_NATIVE_HEAP,
            "-XX:+ExitOnOutOfMemoryError");

    /**
     * The environment every service JVM gets: glibc's malloc otherwise keeps up to 8 arenas per core of freed native
     * memory (JIT, NIO, Kafka's compression), tens of MB that show in the resident set and are never used again.
     */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private JvmBudget() {
    }

    /** The options for a service of the suite, by its name. */
    public static List<String> options(String service) {
        List<String> options = new java.util.ArrayList<>(service.equals(SuiteConfig.GATEWAY) ? GATEWAY : SERVICE);
        options.addAll(benchOptions("tochuc.bench.service-jvm-options"));
        return options;
    }

    /** Options a benchmark adds to compare settings side by side (space separated); empty otherwise. */
    static List<String> benchOptions(String property) {
        String value = System.getProperty(property, "").trim();
        return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
    }
}
