package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** Reads the demo's JSON resource files, naming the file when one is missing or broken. */
final class Resources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Resources() {
    }

    static JsonNode json(String resource) {
        try (InputStream in = Resources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath (deploy/src/main/resources)");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage() + "; fix the JSON there", e);
        }
    }
}
