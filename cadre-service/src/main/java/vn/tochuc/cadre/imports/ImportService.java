package vn.tochuc.cadre.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import vn.tochuc.cadre.service.Caller;
import vn.tochuc.platform.problem.ProblemException;

/**
 * Accepts files and runs their jobs one at a time on a single background thread: imports are heavy writes on a
 * small machine, and one after the other they never race each other for the same national IDs. Jobs asked for
 * meanwhile wait as QUEUED.
 *
 * <p>A job belongs to the instance that accepted it ({@link ImportLease}). One left QUEUED or RUNNING by an instance
 * that stopped is marked FAILED once its lease has expired, by whichever instance looks first, not resumed: a re-run
 * of the same file is idempotent, so running it again is both simpler and as good as resuming.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final ImportWorker worker;
    private final ImportLease lease;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cadre-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportService(ImportWorker worker, ImportLease lease) {
        this.worker = worker;
        this.lease = lease;
    }

    /** Checks the file (4xx and nothing stored when it cannot be imported), stores it as a job and queues it. */
    public ImportJob start(String contentType, byte[] content, String fileName, EthnicityScheme ethnicityScheme,
            Caller caller) {
        String format = ImportFiles.format(contentType);
        ImportedFile file = ImportFiles.read(format, content);
        boolean ethnicityColumn = ImportFiles.columns(file).containsKey(ImportColumns.ETHNICITY_CODE);
        if (ethnicityColumn && ethnicityScheme == null) {
            throw new ProblemException(400, "ethnicity-scheme-required", "The file has an ethnicity code column "
                    + "(ethnicityCode, Mã dân tộc), whose codes 01-54 name different groups in the 1979 list (QĐ "
                    + "121-TCTK) and the 2008 list (QĐ 1019/QĐ-TCTK): 04 is Hoa in one and Mường in the other. Say "
                    + "which list the file uses with ethnicityScheme=QD_1019_2008 or ethnicityScheme=QD_121_1979.",
                    java.util.List.of(new vn.tochuc.platform.problem.Problem.FieldError("ethnicityScheme",
                            "is required when the file has the column ethnicityCode")));
        }
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.status = ImportJob.Status.QUEUED;
        job.format = format;
        job.fileName = fileName;
        job.ethnicityScheme = ethnicityColumn ? ethnicityScheme : null;
        job.content = content;
        job.totalRows = file.rows().size();
        job.actor = caller.actor();
        job.requestId = caller.requestId();
        job.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        job.owner = lease.owner();
        job.heartbeatAt = job.createdAt;
        QuarkusTransaction.requiringNew().run(job::persist);
        executor.submit(() -> worker.run(job.id)); // after the commit, so the worker finds the job
        return job;
    }

    void failInterrupted(@Observes StartupEvent started) {
        int failed = lease.failExpired();
        if (failed > 0) {
            LOG.warnf("%d import job(s) of a stopped instance were unfinished and their lease expired; marked FAILED",
                    failed);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        executor.shutdownNow();
    }
}
