package vn.tochuc.cadre.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With several replicas a job belongs to the instance running it: another instance fails it only once its lease
 * has expired (its owner stopped), and a job failed that way is never written over by the worker that owned it.
 */
@QuarkusTest
class ImportRestartTest {

    private static final String ANOTHER_INSTANCE = "cadre-service-2/" + UUID.randomUUID();
    private static final byte[] FILE = ("nationalId,surname,givenName,sex,dateOfBirth\r\n"
            + "001075000001,Nguyễn,An,MALE,1975-01-01\r\n").getBytes(StandardCharsets.UTF_8);

    @Inject
    ImportLease lease;
    @Inject
    ImportStore store;
    @Inject
    ImportWorker worker;

    @Test
    void shouldFailAJobWhoseInstanceStoppedRenewingItsLeaseAndTellToImportAgain() {
        UUID abandoned = job(ImportJob.Status.RUNNING, ANOTHER_INSTANCE, OffsetDateTime.now().minusMinutes(10));
        UUID done = job(ImportJob.Status.SUCCEEDED, ANOTHER_INSTANCE, OffsetDateTime.now().minusMinutes(10));

        lease.failExpired();

        ImportJob failed = find(abandoned);
        assertThat(failed.status).isEqualTo(ImportJob.Status.FAILED);
        assertThat(failed.failure).contains("import the file again");
        assertThat(failed.finishedAt).isNotNull();
        assertThat(find(done).status).isEqualTo(ImportJob.Status.SUCCEEDED);
    }

    @Test
    void shouldLeaveTheRunningJobOfAnotherLiveInstanceAloneWhenStarting() {
        UUID running = job(ImportJob.Status.RUNNING, ANOTHER_INSTANCE, OffsetDateTime.now());
        UUID queued = job(ImportJob.Status.QUEUED, ANOTHER_INSTANCE, OffsetDateTime.now());

        lease.failExpired();

        assertThat(find(running).status).isEqualTo(ImportJob.Status.RUNNING);
        assertThat(find(running).failure).isNull();
        assertThat(find(queued).status).isEqualTo(ImportJob.Status.QUEUED);
    }

    @Test
    void shouldNotWriteSucceededOverAJobAnotherInstanceHasFailed() {
        UUID failedMeanwhile = failedByAnotherInstance();

        assertThat(lease.finish(failedMeanwhile, ImportJob.Status.SUCCEEDED, null)).isFalse();

        ImportJob job = find(failedMeanwhile);
        assertThat(job.status).isEqualTo(ImportJob.Status.FAILED);
        assertThat(job.failure).isEqualTo(ImportLease.INTERRUPTED);
    }

    @Test
    void shouldRecordNoMoreRowsForAJobAnotherInstanceHasFailed() {
        UUID failedMeanwhile = failedByAnotherInstance();
        RowResult row = new RowResult(2, RowResult.Status.UNCHANGED, "001075000001", null, null, List.of());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> store.record(failedMeanwhile,
                List.of(row)))).isInstanceOf(ImportLease.Lost.class);

        assertThat(find(failedMeanwhile).rowsDone).isZero();
        assertThat(rowsReported(failedMeanwhile)).isZero();
    }

    @Test
    void shouldNotRunAQueuedJobOfAnotherInstance() {
        UUID theirs = job(ImportJob.Status.QUEUED, ANOTHER_INSTANCE, OffsetDateTime.now());

        worker.run(theirs);

        ImportJob job = find(theirs);
        assertThat(job.status).isEqualTo(ImportJob.Status.QUEUED);
        assertThat(job.startedAt).isNull();
        assertThat(rowsReported(theirs)).isZero();
    }

    /** A job this instance was running, which another instance failed while this one's lease looked expired. */
    private UUID failedByAnotherInstance() {
        UUID id = job(ImportJob.Status.FAILED, lease.owner(), OffsetDateTime.now().minusMinutes(10));
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(id);
            job.failure = ImportLease.INTERRUPTED;
            job.finishedAt = OffsetDateTime.now();
        });
        return id;
    }

    private static UUID job(ImportJob.Status status, String owner, OffsetDateTime heartbeat) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.status = status;
        job.format = "CSV";
        job.content = FILE;
        job.totalRows = 1;
        job.actor = "test";
        job.createdAt = OffsetDateTime.now();
        job.startedAt = status == ImportJob.Status.QUEUED ? null : heartbeat;
        job.owner = owner;
        job.heartbeatAt = heartbeat;
        QuarkusTransaction.requiringNew().run(job::persist);
        return job.id;
    }

    private static ImportJob find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(id));
    }

    private static long rowsReported(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) ImportJob.getEntityManager()
                .createNativeQuery("select count(*) from import_row where job_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue());
    }
}
