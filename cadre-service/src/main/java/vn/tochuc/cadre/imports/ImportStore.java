package vn.tochuc.cadre.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.tochuc.platform.persistence.CopyIn;

/** Writes the rows' outcomes and the job's progress in the transaction of the rows they describe. */
@ApplicationScoped
public class ImportStore {

    private final EntityManager em;
    private final ObjectMapper json;
    private final ImportLease lease;

    ImportStore(EntityManager em, ObjectMapper json, ImportLease lease) {
        this.em = em;
        this.json = json;
        this.lease = lease;
    }

    /**
     * One update for the counts, one COPY for the outcomes: progress moves only with committed rows. The update
     * renews the job's lease and comes first, so a job another instance has failed takes no more rows (see
     * {@link ImportLease}): it throws {@link ImportLease.Lost} and the caller's transaction, the rows' writes with it,
     * rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID jobId, List<RowResult> results) {
        int held = em.createNativeQuery("update import_job set rows_done = rows_done + ?2, created_count = "
                + "created_count + ?3, updated_count = updated_count + ?4, unchanged_count = unchanged_count + ?5, "
                + "rejected_count = rejected_count + ?6, heartbeat_at = now() where id = ?1 and status = 'RUNNING' "
                + "and owner = ?7").setParameter(1, jobId)
                .setParameter(2, results.size()).setParameter(3, count(results, RowResult.Status.CREATED))
                .setParameter(4, count(results, RowResult.Status.UPDATED))
                .setParameter(5, count(results, RowResult.Status.UNCHANGED))
                .setParameter(6, count(results, RowResult.Status.REJECTED)).setParameter(7, lease.owner())
                .executeUpdate();
        if (held != 1) {
            throw new ImportLease.Lost(jobId);
        }
        CopyIn rows = CopyIn.into("import_row", "job_id", "row_number", "status", "national_id", "person_id",
                "membership_id", "problems");
        for (RowResult r : results) {
            rows.row(jobId, r.rowNumber(), r.status().name(), r.nationalId() == null ? null : abbreviate(r.nationalId()),
                    r.personId(), r.membershipId(), write(r));
        }
        rows.write(em);
    }

    private static int count(List<RowResult> results, RowResult.Status status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }

    /** A garbage "national ID" may be long; the report keeps what fits. */
    private static String abbreviate(String id) {
        return id.length() <= 20 ? id : id.substring(0, 20);
    }

    private String write(RowResult r) {
        try {
            return json.writeValueAsString(r.problems());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Row problems cannot be written as JSON", e);
        }
    }
}
