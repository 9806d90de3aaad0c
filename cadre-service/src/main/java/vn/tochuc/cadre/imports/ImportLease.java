package vn.tochuc.cadre.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Which service instance a job belongs to. The instance that accepted a job owns it while it is QUEUED or RUNNING and
 * renews its heartbeat; every change of the job's state is a conditional update on status and owner, so a job
 * another instance has already failed is never written over. Another instance fails a job only once its heartbeat is
 * older than the lease: its owner stopped. Times are the database's, so the replicas' clocks do not matter.
 */
@ApplicationScoped
public class ImportLease {

    private static final Logger LOG = Logger.getLogger(ImportLease.class);
    static final String INTERRUPTED = "The service instance running this import stopped while it was queued or "
            + "running. Rows reported so far are saved; import the file again to finish (rows already imported come "
            + "back UNCHANGED).";

    /** Thrown where a job turns out to belong to this instance no longer; the work in hand is rolled back. */
    static final class Lost extends RuntimeException {
        Lost(UUID jobId) {
            super("Import " + jobId + " no longer belongs to this instance: its lease expired and another instance "
                    + "failed it");
        }
    }

    private final EntityManager em;
    private final String owner;
    private final Duration lease;

    ImportLease(EntityManager em, @ConfigProperty(name = "tochuc.import.lease", defaultValue = "60s") Duration lease) {
        this.em = em;
        this.lease = lease;
        String host = System.getenv().getOrDefault("HOSTNAME", "cadre-service");
        this.owner = (host.length() > 60 ? host.substring(0, 60) : host) + "/" + UUID.randomUUID();
    }

    /** This instance, different at every start: a restarted instance does not own the jobs of its former life. */
    String owner() {
        return owner;
    }

    /** QUEUED → RUNNING, if the job is still this instance's and still queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean start(UUID jobId) {
        return em.createNativeQuery("update import_job set status = 'RUNNING', started_at = now(), heartbeat_at = "
                + "now() where id = ?1 and status = 'QUEUED' and owner = ?2").setParameter(1, jobId)
                .setParameter(2, owner).executeUpdate() == 1;
    }

    /** RUNNING → SUCCEEDED or FAILED; false (and nothing written) when the job is no longer this instance's. */
    boolean finish(UUID jobId, ImportJob.Status status, String failure) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("update import_job set status = ?3, "
                + "failure = ?4, finished_at = now(), heartbeat_at = now() where id = ?1 and status = 'RUNNING' "
                + "and owner = ?2").setParameter(1, jobId).setParameter(2, owner).setParameter(3, status.name())
                .setParameter(4, failure).executeUpdate() == 1);
    }

    @Scheduled(every = "${tochuc.import.heartbeat:15s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update import_job set heartbeat_at = now() "
                + "where owner = ?1 and status in ('QUEUED', 'RUNNING')").setParameter(1, owner).executeUpdate());
        int failed = failExpired();
        if (failed > 0) {
            LOG.warnf("%d import job(s) of a stopped instance were marked FAILED", failed);
        }
    }

    /** @return how many QUEUED or RUNNING jobs, of any instance, had a lease older than allowed and were failed */
    int failExpired() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("update import_job set status = "
                + "'FAILED', failure = ?1, finished_at = now() where status in ('QUEUED', 'RUNNING') and "
                + "(heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?2))")
                .setParameter(1, INTERRUPTED).setParameter(2, (double) lease.toMillis() / 1000).executeUpdate());
    }
}
