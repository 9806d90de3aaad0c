package vn.tochuc.cadre.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.tochuc.cadre.service.Caller;
import vn.tochuc.platform.orgscope.OrgScope;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;

/**
 * Runs one job: the rows in batches, each batch imported by {@link ChunkImporter} with its outcomes and the job's
 * progress in one transaction. When a row fails after writing (a race on a national ID, an admission refused), the
 * batch is undone and its rows are done again one transaction each through {@link RowImporter}, so one bad row
 * costs only itself.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);
    static final int BATCH = 500;

    private final ChunkImporter chunks;
    private final RowImporter rows;
    private final ImportStore store;
    private final OrgScope scope;

    ImportWorker(ChunkImporter chunks, RowImporter rows, ImportStore store, OrgScope scope) {
        this.chunks = chunks;
        this.rows = rows;
        this.store = store;
        this.scope = scope;
    }

    @ActivateRequestContext
    public void run(UUID jobId) {
        // Only province-wide roles may start an import (application.properties), so the job acts for the province.
        scope.actOnItsOwnBehalf();
        try {
            ImportJob job = QuarkusTransaction.requiringNew().call(() -> start(jobId));
            if (job == null) {
                return;
            }
            ImportedFile file = ImportFiles.read(job.format, job.content);
            Map<String, Integer> columns = ImportFiles.columns(file);
            Caller caller = new Caller(job.actor, job.requestId);
            for (int from = 0; from < file.rows().size(); from += BATCH) {
                List<ImportedFile.Row> batch = file.rows().subList(from, Math.min(from + BATCH, file.rows().size()));
                try {
                    QuarkusTransaction.requiringNew().run(() -> store.record(jobId,
                            chunks.importChunk(columns, batch, caller)));
                } catch (RuntimeException e) {
                    LOG.debugf(e, "Import %s: a row of the batch from row %d failed; importing its rows one by one",
                            jobId, batch.get(0).number());
                    batch.forEach(row -> importAlone(jobId, columns, row, caller));
                }
            }
            finish(jobId, ImportJob.Status.SUCCEEDED, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s failed", jobId);
            finish(jobId, ImportJob.Status.FAILED, "The import stopped: " + e.getMessage() + ". Rows reported so "
                    + "far are saved; import the file again (rows already imported come back UNCHANGED).");
        }
    }

    private void importAlone(UUID jobId, Map<String, Integer> columns, ImportedFile.Row row, Caller caller) {
        try {
            QuarkusTransaction.requiringNew().run(() -> store.record(jobId,
                    List.of(rows.importRow(columns, row, caller))));
        } catch (ProblemException e) {
            reject(jobId, columns, row, RowChecker.reasons(e));
        } catch (RuntimeException e) {
            reject(jobId, columns, row, List.of(new FieldError("row", "could not be saved (" + rootMessage(e) + "); check "
                    + "the row against the others, e.g. a national ID another import is writing at the same time, "
                    + "and import it again")));
        }
    }

    private void reject(UUID jobId, Map<String, Integer> columns, ImportedFile.Row row, List<FieldError> reasons) {
        String nationalId = row.cell(columns.get(ImportColumns.NATIONAL_ID));
        QuarkusTransaction.requiringNew().run(() -> store.record(jobId,
                List.of(RowResult.rejected(row.number(), nationalId, reasons))));
    }

    private static ImportJob start(UUID jobId) {
        ImportJob job = ImportJob.findById(jobId);
        if (job == null || job.status != ImportJob.Status.QUEUED) {
            return null; // already failed by a restart, or unknown: nothing to run
        }
        job.status = ImportJob.Status.RUNNING;
        job.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        job.content.getClass(); // loads the lazy file while the transaction is open
        return job;
    }

    private static void finish(UUID jobId, ImportJob.Status status, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            job.status = status;
            job.failure = failure;
            job.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
