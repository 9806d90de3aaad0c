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
                return respond(412, "stale-version", ProblemText.of("stale-version"), request);
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
            // the constraint's name is the database's, the same in both languages
            String rule = constraint == null ? "" : " (" + constraint + ")";
            if ("23505".equals(state)) {
                return respond(409, "duplicate", ProblemText.of("duplicate").with("rule", rule), request);
            }
            if ("23P01".equals(state)) {
                return respond(409, "overlapping-period", ProblemText.of("overlapping-period").with("rule", rule),
                        request);
            }
            if ("40001".equals(state) || "40P01".equals(state)) {
                return Response.fromResponse(respond(503, "concurrent-change", ProblemText.of("concurrent-change"),
                        request))
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
        }
        return null;
    }

    private static Response respond(int status, String slug, ProblemText detail, HttpServerRequest request) {
        return Problems.response(Problems.of(status, slug, detail, List.of(), request));
    }
}
