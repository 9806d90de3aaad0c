package vn.tochuc.cadre.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One change to a person's record: who made it, when, from which request, and each field's old and new value. */
@Entity
@Table(name = "person_audit")
public class PersonAudit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    /** CREATED or UPDATED; nothing is ever deleted. */
    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String actor;

    @Column(name = "request_id")
    public String requestId;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** JSON object: field → {"from": ..., "to": ...}. */
    @Column(nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    public String changes;

    public static List<PersonAudit> of(UUID personId) {
        return list("personId = ?1 order by id", personId);
    }
}
