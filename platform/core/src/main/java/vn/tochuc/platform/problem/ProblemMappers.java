package vn.tochuc.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import vn.tochuc.platform.persistence.TransientFailures;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a REST call into problem+json; the cause of a 500 goes to the log, never to the caller. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        boolean vi = Problems.vietnamese(request);
        return respond(e.status(), e.slug(), e.detail(vi), e.errors(vi), request);
    }

    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, HttpServerRequest request) {
        boolean ourOwnAnswerIsInvalid = e.getConstraintViolations().stream().anyMatch(v -> {
            for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (ourOwnAnswerIsInvalid) {
            return unexpected(e, request);
        }
        return violations(e, request);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldPaths.of(v),
                        ViolationMessages.of(v, Problems.vietnamese(request))))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problems.response(Problems.of(400, "validation-failed", ProblemText.of("validation-failed.count")
                .with("count", errors.size()), errors, request));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        return Problems.response(Problems.of(400, "malformed-json", ProblemText.of("malformed-json.at")
                .with("line", e.getLocation().getLineNr()).with("column", e.getLocation().getColumnNr())
                .with("reason", e.getOriginalMessage()), List.of(), request));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
        return unreadableJson(e, request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, HttpServerRequest request) {
        String field = FieldPaths.of(e);
        String message = JsonExpectations.of(e, Problems.vietnamese(request));
        if (message == null) {
            // a value object's own refusal (a national ID, a period) says best what to check
            message = e.getCause() instanceof RuntimeException cause && cause.getMessage() != null
                    ? cause.getMessage() : "has the wrong type or format";
        }
        if (field.isEmpty()) {
            return Problems.response(Problems.of(400, "malformed-json", ProblemText.of("malformed-json.shape"),
                    List.of(), request));
        }
        return Problems.response(Problems.of(400, "validation-failed", ProblemText.of("validation-failed.field")
                .with("field", field), List.of(new Problem.FieldError(field, message)), request));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        // The JSON reader reports an unreadable body wrapped in a 400; answer it with what was wrong.
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, request);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unreadableJson(mapping, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        String allow = e.getResponse().getHeaderString("Allow");
        if (status == 405 && allow == null) {
            // without an Allow header to point to, point to the document that lists the methods
            return Problems.response(Problems.of(405, "method-not-allowed", ProblemText.of(
                    "method-not-allowed.no-allow").with("target", WebProblems.target(request)), List.of(), request));
        }
        Response.ResponseBuilder answer = Response.fromResponse(Problems.response(Problems.of(status,
                WebProblems.slug(status), WebProblems.detail(status, request), List.of(), request)));
        if (allow != null) {
            answer.header("Allow", allow);
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, HttpServerRequest request) {
        return Problems.response(Problems.of(412, "stale-version", ProblemText.of("stale-version"), List.of(),
                request));
    }

    /**
     * A 500 unless the database refused the change for a rule of its own: a unique index or exclusion constraint
     * (the rule two simultaneous requests both passed in Java), or a serialization failure or deadlock between two
     * transactions. Such a refusal may come at an insert or only at commit, where it arrives wrapped in the
     * transaction manager's exception, so the whole cause chain is searched.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        Response refused = DatabaseRefusals.answer(e, request);
        if (refused != null) {
            return refused;
        }
        if (TransientFailures.isTransient(e)) {
            // The database is away (a failover, a restart) or overloaded: the same request will work later.
            LOG.warnf("Database unavailable for %s %s: %s", request == null ? "?" : request.method(),
                    request == null ? "?" : request.path(), e.getMessage());
            return Response.fromResponse(Problems.response(Problems.of(503, "database-unavailable",
                    ProblemText.of("database-unavailable"), List.of(), request))).header("Retry-After", "5").build();
        }
        Problem problem = Problems.of(500, "internal-error", ProblemText.of("internal-error"), List.of(), request);
        LOG.errorf(e, "Unhandled failure of %s %s [request %s]", request == null ? "?" : request.method(),
                problem.instance(), problem.requestId());
        return Problems.response(problem);
    }

    private static Response respond(int status, String slug, String detail, List<Problem.FieldError> errors,
            HttpServerRequest request) {
        return Problems.response(Problems.of(status, slug, detail, errors, request));
    }
}
