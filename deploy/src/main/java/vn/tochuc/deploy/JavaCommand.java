package vn.tochuc.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines for child JVMs. Every child gets a small heap and the serial collector: the
 * suite runs six JVMs on a two-core machine, and the default (a quarter of RAM, G1 with its own
 * threads) would make each one large and slow to start.
 */
final class JavaCommand {

    private JavaCommand() {
    }

    /** The java of the JVM running the launcher, so children use the same Java 17. */
    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static List<String> base(String maxHeap) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.add("-Xmx" + maxHeap);
        cmd.add("-XX:+UseSerialGC");
        return cmd;
    }
}
