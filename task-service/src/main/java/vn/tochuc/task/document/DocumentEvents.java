package vn.tochuc.task.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.platform.event.Outbox;

/** Publishes what happens to source documents on {@code tochuc.task.document}, in the change's transaction. */
@ApplicationScoped
public class DocumentEvents {

    public static final String TOPIC = "tochuc.task.document";
    public static final String ISSUED = "vn.tochuc.task.document.issued.v1";
    public static final String REPLACED = "vn.tochuc.task.document.replaced.v1";

    /** The document as integrators see it in every event. */
    public record DocumentData(UUID documentId, String numberSymbol, String kind, String title, UUID issuerUnitId,
            String issuerName, LocalDate issuedOn, String term, String status, UUID replacesId, UUID replacedById) {

        static DocumentData of(SourceDocument d) {
            return new DocumentData(d.id, d.numberSymbol, d.kind.name(), d.title, d.issuerUnitId, d.issuerName,
                    d.issuedOn, d.term, d.status.name(), d.replacesId, d.replacedById);
        }
    }

    private final Outbox outbox;

    DocumentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void issued(SourceDocument d) {
        outbox.publish(TOPIC, d.id.toString(), ISSUED, DocumentData.of(d));
    }

    void replaced(SourceDocument d) {
        outbox.publish(TOPIC, d.id.toString(), REPLACED, DocumentData.of(d));
    }
}
