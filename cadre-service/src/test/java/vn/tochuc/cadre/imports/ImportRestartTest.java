package vn.tochuc.cadre.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A job the service was running when it stopped is FAILED at the next start, with what to do. */
@QuarkusTest
class ImportRestartTest {

    @Inject
    ImportService imports;

    @Test
    void shouldMarkAJobLeftRunningByAStoppedServiceAsFailedAndTellToImportAgain() {
        UUID running = job(ImportJob.Status.RUNNING);
        UUID done = job(ImportJob.Status.SUCCEEDED);

        assertThat(imports.failUnfinished()).isGreaterThanOrEqualTo(1);

        ImportJob failed = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(running));
        assertThat(failed.status).isEqualTo(ImportJob.Status.FAILED);
        assertThat(failed.failure).contains("import the file again");
        assertThat(failed.finishedAt).isNotNull();
        ImportJob kept = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(done));
        assertThat(kept.status).isEqualTo(ImportJob.Status.SUCCEEDED);
    }

    private static UUID job(ImportJob.Status status) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.status = status;
        job.format = "CSV";
        job.content = "nationalId\r\n1\r\n".getBytes();
        job.totalRows = 1;
        job.actor = "test";
        job.createdAt = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(job::persist);
        return job.id;
    }
}
