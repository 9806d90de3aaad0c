package vn.tochuc.org;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import vn.tochuc.org.mapping.OrgUnitJson;
import vn.tochuc.org.repository.OrgTreeRepository;

/** A tree answer's JSON as JsonArrayStream writes it (an array, the rows read in a transaction of their own). */
final class TreeJson {

    private TreeJson() {
    }

    /** Writes to {@code out} the units {@code read} hands over, each as of {@code asOf}. */
    static void write(ObjectMapper mapper, OutputStream out, String asOf,
            Consumer<OrgTreeRepository.RowHandler> read) {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartArray();
            QuarkusTransaction.requiringNew().run(() -> read.accept(row -> OrgUnitJson.writeTreeNode(json, row, asOf)));
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
