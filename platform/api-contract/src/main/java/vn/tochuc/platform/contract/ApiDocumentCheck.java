package vn.tochuc.platform.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares the API document a build generates with the committed one (docs/api/NAME.yaml), the contract clients
 * are built against. Two failures, in this order: a breaking change to /api/v1 (see {@link CompatibilityCheck}),
 * which needs a new version served beside the old rather than a new committed document; then any other difference,
 * which only needs the committed document regenerated ({@value #REGENERATE}) so the change is seen in review.
 *
 * <p>Run by each service's build in the verify phase (exec-maven-plugin, after quarkus:build wrote the document):
 * {@code ApiDocumentCheck NAME BUILT_FILE COMMITTED_FILE}. With {@code -Dtochuc.api-docs.write=true} (what
 * {@value #REGENERATE} sets) it writes the built document over the committed one instead, unless that breaks
 * /api/v1; {@code -Dtochuc.api-docs.allow-breaking=true} writes it even then (for a version not yet published).
 */
public final class ApiDocumentCheck {

    public static final String REGENERATE = "./tochuc api-docs";
    public static final String VERSION_PREFIX = "/api/v1";
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Why the build must stop; the message says what to do. */
    public static final class ContractBroken extends RuntimeException {
        public ContractBroken(String message) {
            super(message, null, false, false);
        }
    }

    private ApiDocumentCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: ApiDocumentCheck NAME BUILT_FILE COMMITTED_FILE");
        }
        Path built = Path.of(args[1]);
        if (!Files.isRegularFile(built)) {
            throw new ContractBroken(args[0] + ": the build wrote no API document at " + built
                    + "; quarkus.smallrye-openapi.store-schema-directory should point there and quarkus:build run");
        }
        verify(args[0], Files.readString(built, StandardCharsets.UTF_8), Path.of(args[2]),
                Boolean.getBoolean("tochuc.api-docs.write"), Boolean.getBoolean("tochuc.api-docs.allow-breaking"));
    }

    /**
     * @param built the document as this build made it (YAML or JSON text)
     * @param committed where the committed document is
     * @param write write {@code built} to {@code committed} instead of failing on a difference
     * @param allowBreaking with {@code write}: write even a breaking change
     */
    public static void verify(String name, String built, Path committed, boolean write, boolean allowBreaking) {
        String text = normalized(built);
        if (!Files.isRegularFile(committed)) {
            if (write) {
                writeTo(committed, text);
                return;
            }
            throw new ContractBroken(name + ": there is no committed API document at " + committed + ". Run "
                    + REGENERATE + " and commit docs/api/.");
        }
        String published = normalized(read(committed));
        if (published.equals(text)) {
            return;
        }
        List<String> breaks = CompatibilityCheck.breakingChanges(parse(published), parse(text), VERSION_PREFIX);
        if (!breaks.isEmpty() && !(write && allowBreaking)) {
            throw new ContractBroken(name + ": this build breaks " + VERSION_PREFIX + " as published in " + committed
                    + ":\n  - " + String.join("\n  - ", breaks) + "\nClients built on the published document would "
                    + "fail. Keep " + VERSION_PREFIX + " as it is and serve the change as a new version (/api/v2) "
                    + "beside it, or undo the change. (Only for a version nobody uses yet: " + REGENERATE
                    + " --allow-breaking.)");
        }
        if (write) {
            writeTo(committed, text);
            return;
        }
        throw new ContractBroken(name + ": the API document this build generates differs from the committed "
                + committed + " (first difference at line " + firstDifference(published, text) + "). If the change "
                + "is meant, run " + REGENERATE + " and commit docs/api/, so reviewers see it.");
    }

    static JsonNode parse(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new ContractBroken("Not a YAML or JSON API document: " + e.getMessage());
        }
    }

    private static String normalized(String text) {
        String unix = text.replace("\r\n", "\n");
        return unix.endsWith("\n") ? unix : unix + "\n";
    }

    private static int firstDifference(String a, String b) {
        String[] left = a.split("\n", -1);
        String[] right = b.split("\n", -1);
        int line = 0;
        while (line < left.length && line < right.length && left[line].equals(right[line])) {
            line++;
        }
        return line + 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTo(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            System.out.println("[api-docs] wrote " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
