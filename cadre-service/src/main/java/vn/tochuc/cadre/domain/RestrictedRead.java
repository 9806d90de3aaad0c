package vn.tochuc.cadre.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One read of restricted data about a person: who read what, in which request. Never changed or deleted. */
@Entity
@Table(name = "restricted_read")
public class RestrictedRead extends PanacheEntityBase {

    /** Named: SmallRye would number it (Kind1), a name another service's document may give something else. */
    @Schema(name = "RestrictedReadKind")
    public enum Kind {
        /** National ID, ethnicity, religion, family members of a CV. */
        SENSITIVE_FIELDS,
        /** A political-protection note. */
        PROTECTION_NOTE
    }

    /** The head of every insert of reads: RestrictedReads (one statement a page) and {@link Reader} (in the page's). */
    public static final String INSERT_INTO =
            "insert into restricted_read (person_id, kind, note_id, actor, roles, request_id)";

    /**
     * Who reads, recorded with every row of one read: the caller's subject and roles at the time, and the request.
     * What a statement that records its own reads needs (the person list's page, PersonQueries).
     */
    public record Reader(String actor, String roles, String requestId) {

        /**
         * The insert that records, as this reader's read of sensitive fields, every person id {@code ids} (an SQL
         * query of one uuid column named id) gives; its parameters are {@link #parameters()}.
         */
        public String insertOfSensitiveFields(String ids) {
            return INSERT_INTO + " select shown.id, '" + Kind.SENSITIVE_FIELDS.name() + "', null, :readActor, :readRoles,"
                    + " :readRequest from (" + ids + ") shown";
        }

        public Map<String, Object> parameters() {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("readActor", actor);
            parameters.put("readRoles", roles);
            parameters.put("readRequest", requestId);
            return parameters;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "note_id")
    public UUID noteId;

    @Column(nullable = false)
    public String actor;

    /** The reader's roles at the time, comma-separated. */
    @Column(nullable = false)
    public String roles;

    @Column(name = "request_id")
    public String requestId;

    @Column(nullable = false)
    public OffsetDateTime at;
}
