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

/**
 * Accepts files and runs their jobs one at a time on a single background thread: imports are heavy writes on a
 * small machine, and one after the other they never race each other for the same national IDs. Jobs asked for
 * meanwhile wait as QUEUED.
 *
 * <p>A job left QUEUED or RUNNING by a service that stopped is marked FAILED at the next start, not resumed: a
 * re-run of the same file is idempotent, so running it again is both simpler and as good as resuming.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    static final String INTERRUPTED = "The service stopped while this import was queued or running. Rows reported "
            + "so far are saved; import the file again to finish (rows already imported come back UNCHANGED).";

    private final ImportWorker worker;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cadre-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportService(ImportWorker worker) {
        this.worker = worker;
    }

    /** Checks the file (4xx and nothing stored when it cannot be imported), stores it as a job and queues it. */
    public ImportJob start(String contentType, byte[] content, String fileName, Caller caller) {
        String format = ImportFiles.format(contentType);
        ImportedFile file = ImportFiles.read(format, content);
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.status = ImportJob.Status.QUEUED;
        job.format = format;
        job.fileName = fileName;
        job.content = content;
        job.totalRows = file.rows().size();
        job.actor = caller.actor();
        job.requestId = caller.requestId();
        job.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(job::persist);
        executor.submit(() -> worker.run(job.id)); // after the commit, so the worker finds the job
        return job;
    }

    void failInterrupted(@Observes StartupEvent started) {
        int failed = failUnfinished();
        if (failed > 0) {
            LOG.warnf("%d import job(s) were unfinished when the service last stopped; marked FAILED", failed);
        }
    }

    /** @return how many QUEUED or RUNNING jobs were marked FAILED */
    int failUnfinished() {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.update("status = ?1, failure = ?2, "
                + "finishedAt = ?3 where status in ?4", ImportJob.Status.FAILED, INTERRUPTED,
                OffsetDateTime.now(ZoneOffset.UTC), java.util.List.of(ImportJob.Status.QUEUED,
                        ImportJob.Status.RUNNING)));
    }

    void stop(@Observes ShutdownEvent stopping) {
        executor.shutdownNow();
    }
}
