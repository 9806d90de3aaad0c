package vn.tochuc.deploy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses to start anything while a port the suite needs is taken: half a suite whose gateway
 * talks to someone else's process on 8081 is worse than no suite.
 */
final class PortCheck {

    private PortCheck() {
    }

    static Map<String, Integer> portsOf(SuiteConfig config) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        config.services().forEach(s -> ports.put(s.name(), s.port()));
        ports.put("Kafka broker", config.kafkaPort());
        ports.put("Kafka controller", config.kafkaControllerPort());
        return ports;
    }

    static void requireFree(Map<String, Integer> portsByOwner) {
        List<String> taken = new ArrayList<>();
        portsByOwner.forEach((owner, port) -> {
            if (!isFree(port)) {
                taken.add("  port " + port + " (wanted by " + owner + ") is already in use;"
                        + " see who holds it with: ss -ltnp 'sport = :" + port + "'");
            }
        });
        if (!taken.isEmpty()) {
            throw new LauncherException("Cannot start the suite, nothing was started:\n"
                    + String.join("\n", taken)
                    + "\nStop that process (perhaps a suite still running in another terminal) and try again.");
        }
    }

    /**
     * Binds the wildcard address: on Linux that fails whether the other process listens on
     * loopback or on every interface, which a loopback-only bind would not notice.
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
