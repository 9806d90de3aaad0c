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
