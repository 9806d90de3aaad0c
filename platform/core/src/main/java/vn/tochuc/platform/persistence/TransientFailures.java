package vn.tochuc.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells failures of the moment (the database away, its pool exhausted, a lock wait or a transaction to retry) from
 * failures of the work itself. A consumer waits the former out instead of dead-lettering an event; an API answers
 * them 503 with Retry-After instead of 500, because sending the same request later will work.
 */
public final class TransientFailures {

    /**
     * PostgreSQL SQLStates that describe the server or the moment, never the statement: connection lost (08),
     * too many connections or out of resources (53), the database refusing connections, shutting down or cancelling
     * (55000, 57P01-57P05, 57014), lock waits (55P03, 55006), and transactions rolled back to be retried (40001
     * serialization, 40P01 deadlock, 40003 completion unknown), I/O errors (58030).
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("55000", "55006", "55P03", "57014", "40001", "40P01",
            "40003", "58000", "58030");
    private static final Set<String> TRANSIENT_STATE_CLASSES = Set.of("08", "53", "57P");
    /** Failures without a SQLState that the pool, the driver or the transaction manager raise while the database is away. */
    private static final Set<String> TRANSIENT_MESSAGES = Set.of("acquisition timeout", "pool is closed",
            "interrupted while acquiring", "connection is closed", "connection has been closed",
            "not currently accepting connections", "transaction is not active", "transaction timeout",
            "transaction timed out");

    private TransientFailures() {
    }

    /**
     * True when the failure says nothing about the work: the database, its pool or the transaction manager could
     * not do it now and will later.
     */
    public static boolean isTransient(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof jakarta.transaction.RollbackException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof SQLException || t.getClass().getName().startsWith("jakarta.transaction.")
                    || t.getClass().getName().startsWith("io.quarkus.narayana.")) {
                String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
                if (TRANSIENT_MESSAGES.stream().anyMatch(message::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTransientState(String state) {
        if (state == null || state.length() != 5) {
            return false;
        }
        return TRANSIENT_STATES.contains(state) || TRANSIENT_STATE_CLASSES.contains(state.substring(0, 2))
                || TRANSIENT_STATE_CLASSES.contains(state.substring(0, 3));
    }
}
