package vn.tochuc.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import vn.tochuc.platform.event.BrokerAccess;

/**
 * The SCRAM users of the local broker and their passwords, made once in {@code .run/kafka/users.properties} (owner
 * read-only) beside the data they were formatted into: one user per service, {@value BrokerAccess#ADMIN} for the
 * launcher and {@value BrokerAccess#INTEGRATOR} for integrators (read it there to try the integrator guide).
 */
public final class KafkaUsers {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Path file;

    public KafkaUsers(Path kafkaDir) {
        this.file = kafkaDir.resolve("users.properties");
    }

    public Path file() {
        return file;
    }

    /** Each user's password; users missing from the file (first run, or a user added since) get one now. */
    public synchronized Map<String, String> passwords() {
        Properties stored = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    stored.load(in);
                }
            }
            boolean added = false;
            for (String user : BrokerAccess.users()) {
                if (stored.getProperty(user) == null) {
                    stored.setProperty(user, randomPassword());
                    added = true;
                }
            }
            if (added) {
                Files.createDirectories(file.getParent());
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    stored.store(out, "Kafka SCRAM-SHA-512 users of the local suite; made by the launcher");
                }
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the run folder's own protection has to do
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file, e);
        }
        Map<String, String> passwords = new HashMap<>();
        stored.stringPropertyNames().forEach(user -> passwords.put(user, stored.getProperty(user)));
        return passwords;
    }

    public String password(String user) {
        String password = passwords().get(user);
        if (password == null) {
            throw new LauncherException("The Kafka user " + user + " is not in " + file);
        }
        return password;
    }

    /** Sign-in settings of one user for a client of the local broker. */
    public Map<String, Object> signIn(String user) {
        return BrokerAccess.clientSignIn(user, password(user));
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
