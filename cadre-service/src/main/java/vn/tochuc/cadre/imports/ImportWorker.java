package vn.tochuc.cadre.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.LocalDate;
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
    private final ImportLease lease;
    private final EthnicityCrosswalk crosswalk;

    ImportWorker(ChunkImporter chunks, RowImporter rows, ImportStore store, OrgScope scope, ImportLease lease,
            EthnicityCrosswalk crosswalk) {
        this.chunks = chunks;
        this.rows = rows;
        this.store = store;
        this.scope = scope;
        this.lease = lease;
        this.crosswalk = crosswalk;
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
            ImportedFile read = ImportFiles.read(job.format, job.content);
            Map<String, Integer> columns = ImportFiles.columns(read);
            // The file's ethnicity codes in the stored list, by the crosswalk in force today (one read of the rule).
            ImportedFile file = QuarkusTransaction.requiringNew().call(() -> crosswalk.toStored(read, columns,
                    job.ethnicityScheme, LocalDate.now()));
            Caller caller = new Caller(job.actor, job.requestId);
            for (int from = 0; from < file.rows().size(); from += BATCH) {
                List<ImportedFile.Row> batch = file.rows().subList(from, Math.min(from + BATCH, file.rows().size()));
                try {
                    QuarkusTransaction.requiringNew().run(() -> store.record(jobId,
                            chunks.importChunk(columns, batch, caller)));
                } catch (ImportLease.Lost e) {
                    throw e;
                } catch (RuntimeException e) {
                    LOG.debugf(e, "Import %s: a row of the batch from row %d failed; importing its rows one by one",
                            jobId, batch.get(0).number());
                    batch.forEach(row -> importAlone(jobId, columns, row, caller));
                }
            }
            finish(jobId, ImportJob.Status.SUCCEEDED, null);
        } catch (ImportLease.Lost e) {
            LOG.warn(e.getMessage() + "; this instance stops it");
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
        } catch (ImportLease.Lost e) {
            throw e;
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

    private ImportJob start(UUID jobId) {
        if (!lease.start(jobId)) {
            return null; // failed meanwhile by another instance, or not this instance's: nothing to run
        }
        ImportJob job = ImportJob.findById(jobId);
        job.content.getClass(); // loads the lazy file while the transaction is open
        return job;
    }

    private void finish(UUID jobId, ImportJob.Status status, String failure) {
        if (!lease.finish(jobId, status, failure)) {
            LOG.warnf("Import %s ended here as %s, but another instance had already failed it; its record is kept",
                    jobId, status);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
