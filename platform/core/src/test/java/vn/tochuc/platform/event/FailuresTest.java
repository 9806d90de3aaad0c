package vn.tochuc.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures the consumer waits out (the event is fine) and which count towards dead-lettering it. */
class FailuresTest {

    @Test
    void shouldWaitOutADatabaseThatRefusesConnections() {
        // what PostgreSQL answers while ALTER DATABASE ... ALLOW_CONNECTIONS false holds
        assertThat(Failures.isTransient(wrapped(new SQLException(
                "FATAL: database \"tochuc_cadre\" is not currently accepting connections", "55000")))).isTrue();
        assertThat(Failures.isTransient(wrapped(new SQLException("the database system is starting up", "57P03"))))
                .isTrue();
    }

    @Test
    void shouldWaitOutConnectionsEndedByTheServer() {
        assertThat(Failures.isTransient(wrapped(new SQLException("terminating connection due to administrator "
                + "command", "57P01")))).isTrue();
        assertThat(Failures.isTransient(wrapped(new SQLException("crash shutdown", "57P02")))).isTrue();
        assertThat(Failures.isTransient(wrapped(new SQLException("This connection has been closed.", "08003"))))
                .isTrue();
        assertThat(Failures.isTransient(wrapped(new SQLException("An I/O error occurred", "08006")))).isTrue();
        assertThat(Failures.isTransient(wrapped(new JDBCConnectionException("could not open connection",
                new SQLException("refused"))))).isTrue();
    }

    @Test
    void shouldWaitOutAnExhaustedServerOrPool() {
        assertThat(Failures.isTransient(wrapped(new SQLException("sorry, too many clients already", "53300"))))
                .isTrue();
        assertThat(Failures.isTransient(wrapped(new SQLException(
                "Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(Failures.isTransient(wrapped(new SQLTransientConnectionException("pool exhausted")))).isTrue();
        assertThat(Failures.isTransient(wrapped(new SQLException(
                "This pool is closed and does not handle any more connections!")))).isTrue();
    }

    @Test
    void shouldRetryConflictsBetweenTransactions() {
        assertThat(Failures.isTransient(wrapped(new SQLException("could not serialize access", "40001")))).isTrue();
        assertThat(Failures.isTransient(wrapped(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(Failures.isTransient(wrapped(new SQLException("canceling statement due to lock timeout", "55P03"))))
                .isTrue();
        assertThat(Failures.isTransient(wrapped(new SQLException("canceling statement due to statement timeout",
                "57014")))).isTrue();
        assertThat(Failures.isTransient(wrapped(new RollbackException("ARJUNA016102: The transaction is not active!"))))
                .isTrue();
    }

    @Test
    void shouldCountFailuresOfTheEventItselfTowardsDeadLettering() {
        assertThat(Failures.isTransient(wrapped(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "uq")))).isFalse();
        assertThat(Failures.isTransient(wrapped(new SQLException("value too long for type character varying(200)",
                "22001")))).isFalse();
        assertThat(Failures.isTransient(new IllegalArgumentException("unitId is not a UUID"))).isFalse();
        assertThat(Failures.isTransient(new NullPointerException())).isFalse();
    }

    @Test
    void shouldWaitLongerAfterEachTransientFailureUpToFiveSeconds() {
        assertThat(RecordProcessor.transientBackoff(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(RecordProcessor.transientBackoff(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(RecordProcessor.transientBackoff(5)).isEqualTo(Duration.ofMillis(4000));
        assertThat(RecordProcessor.transientBackoff(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RecordProcessor.transientBackoff(1_000)).isEqualTo(Duration.ofSeconds(5));
    }

    /** As the inbox surfaces it: the driver's exception under Hibernate's and the transaction's wrappers. */
    private static RuntimeException wrapped(Exception cause) {
        return new IllegalStateException("transaction failed", new RuntimeException("could not execute statement",
                cause));
    }
}
