package vn.tochuc.deploy;

import java.nio.file.Path;

/**
 * One Quarkus application of the suite.
 *
 * @param name     the Maven module, also the process and log file name
 * @param port     HTTP port
 * @param database its own PostgreSQL database, or {@code null} for the gateway
 */
public record ServiceSpec(String name, int port, String database) {

    public boolean hasDatabase() {
        return database != null;
    }

    /** The fast-jar the Quarkus build leaves in the module's target folder. */
    public Path jar(Path root) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String baseUrl(String host) {
        return "http://" + host + ":" + port;
    }
}
