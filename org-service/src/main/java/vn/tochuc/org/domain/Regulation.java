package vn.tochuc.org.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A regulation of a unit: its functions and tasks (chức năng, nhiệm vụ), working rules (quy chế làm việc) or
 * working relations (mối quan hệ công tác). A new one may replace an older one, which then stays on record.
 */
@Entity
@Table(name = "regulation")
public class Regulation extends PanacheEntityBase {

    public static final String IN_FORCE = "IN_FORCE";
    public static final String REPLACED = "REPLACED";
    public static final String REPEALED = "REPEALED";

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    /** FUNCTIONS_AND_TASKS, WORKING_RULES or WORKING_RELATIONS. */
    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String title;

    public String issuer;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(nullable = false)
    public String status;

    @Column(name = "replaces_id")
    public UUID replacesId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
