package vn.tochuc.platform.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Answers for changes PostgreSQL refused because of another transaction: the database's rules are the last word
 * when two requests pass the same check in Java at once, and the loser must hear 409 or 412, not 500.
 */
final class DatabaseRefusals {

    /** How long a client should wait before sending again a request that lost a race between transactions. */
    static final String RETRY_AFTER_SECONDS = "1";

    private DatabaseRefusals() {
    }

    /** The answer for a refusal found anywhere in {@code e}'s causes; null when it is no such refusal. */
    static Response answer(Throwable e, HttpServerRequest request) {
        String constraint = null;
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                constraint = violation.getConstraintName();
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return respond(412, "stale-version", "The resource was changed by someone else meanwhile; read it "
                        + "again and apply your change to the current version.", request);
            }
            if (t instanceof SQLException sql) {
                Response answer = answer(sql, constraint, request);
                if (answer != null) {
                    return answer;
                }
            }
        }
        return null;
    }

    private static Response answer(SQLException first, String constraint, HttpServerRequest request) {
        for (SQLException sql = first; sql != null; sql = sql.getNextException()) {
            String state = sql.getSQLState();
            String rule = constraint == null ? "" : " (rule " + constraint + ")";
            if ("23505".equals(state)) {
                return respond(409, "duplicate", "The change conflicts with data that already exists" + rule
                        + ": a value that must be unique is taken, perhaps by a request sent at the same time. "
                        + "Read the current data and change that record instead of adding another.", request);
            }
            if ("23P01".equals(state)) {
                return respond(409, "overlapping-period", "The change overlaps a period already on record" + rule
                        + ", perhaps one written by a request sent at the same time. Read the current data and "
                        + "choose dates that do not overlap, or end the other record first.", request);
            }
            if ("40001".equals(state) || "40P01".equals(state)) {
                return Response.fromResponse(respond(503, "concurrent-change", "The change collided with another "
                        + "one made at the same moment and was undone; nothing was saved. Send it again.", request))
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
        }
        return null;
    }

    private static Response respond(int status, String slug, String detail, HttpServerRequest request) {
        return Problems.response(Problems.of(status, slug, detail, List.of(), request));
    }
}
