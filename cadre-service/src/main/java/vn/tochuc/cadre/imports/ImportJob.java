package vn.tochuc.cadre.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One import: the file, its progress and its counts. The rows' outcomes are in import_row. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public enum Status {
        QUEUED, RUNNING, SUCCEEDED, FAILED
    }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(nullable = false)
    public String format;
    @Column(name = "file_name")
    public String fileName;
    /** Read by the worker only; a status request must not load megabytes. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;
    @Column(name = "total_rows", nullable = false)
    public int totalRows;
    @Column(name = "rows_done", nullable = false)
    public int rowsDone;
    @Column(name = "created_count", nullable = false)
    public int created;
    @Column(name = "updated_count", nullable = false)
    public int updated;
    @Column(name = "unchanged_count", nullable = false)
    public int unchanged;
    @Column(name = "rejected_count", nullable = false)
    public int rejected;
    public String failure;
    @Column(nullable = false)
    public String actor;
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    /** The instance the job belongs to while QUEUED or RUNNING ({@link ImportLease}). */
    public String owner;
    /** The list the file's ethnicity codes come from; null when the file has no ethnicityCode column. */
    @Column(name = "ethnicity_scheme")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public EthnicityScheme ethnicityScheme;
    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;

    /** Jobs newest first, optionally of one status, after ({@code afterCreated}, {@code afterId}) when paging. */
    public static java.util.List<ImportJob> newestFirst(Status status, OffsetDateTime afterCreated,
            java.util.UUID afterId, int rows) {
        vn.tochuc.platform.persistence.Filters filters = new vn.tochuc.platform.persistence.Filters()
                .and("status = :status", "status", status)
                .before("createdAt", afterCreated, afterId);
        return ImportJob.<ImportJob>find(filters.orderedByDescending("createdAt"), filters.params()).page(0, rows)
                .list();
    }
}
