package vn.tochuc.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** What the loser of a race between transactions hears, whether the database refused at the insert or at commit. */
class DatabaseRefusalsTest {

    @Test
    void shouldAnswerAUniqueViolationAtCommitWith409NamingTheRule() {
        SQLException unique = new SQLException("duplicate key value", "23505");
        Response answer = DatabaseRefusals.answer(atCommit(new ConstraintViolationException("insert failed", unique,
                "appointment_open_once")), null);

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(problem(answer).type()).endsWith("/duplicate");
        assertThat(problem(answer).detail()).contains("appointment_open_once");
    }

    @Test
    void shouldAnswerAnOverlappingPeriodWith409() {
        Response answer = DatabaseRefusals.answer(new SQLException("conflicting key value", "23P01"), null);

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(problem(answer).type()).endsWith("/overlapping-period");
    }

    @Test
    void shouldAskForTheSameRequestAgainAfterASerializationFailureOrDeadlock() {
        for (String state : new String[] {"40001", "40P01"}) {
            Response answer = DatabaseRefusals.answer(atCommit(new SQLException("could not serialize", state)), null);

            assertThat(answer.getStatus()).isEqualTo(503);
            assertThat(answer.getHeaderString("Retry-After")).isEqualTo("1");
            assertThat(problem(answer).detail()).contains("Send it again");
        }
    }

    @Test
    void shouldAnswerAVersionConflictFoundAtCommitWith412() {
        Response answer = DatabaseRefusals.answer(atCommit(new StaleObjectStateException("Person", "id")), null);

        assertThat(answer.getStatus()).isEqualTo(412);
    }

    @Test
    void shouldLeaveOtherFailuresToTheGeneralAnswer() {
        assertThat(DatabaseRefusals.answer(atCommit(new SQLException("connection refused", "08001")), null)).isNull();
        assertThat(DatabaseRefusals.answer(new IllegalStateException("bug"), null)).isNull();
    }

    /** As the transaction manager reports a failure of the flush it runs before committing. */
    private static Exception atCommit(Throwable cause) {
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(cause);
        return rollback;
    }

    private static Problem problem(Response answer) {
        return (Problem) answer.getEntity();
    }
}
