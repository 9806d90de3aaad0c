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
        return respond(e.status(), e.slug(), e.detail(Problems.vietnamese(request)), e.errors(), request);
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
        return Problems.response(Problems.of(400, "validation-failed", "The request has " + errors.size()
                + " invalid field(s); correct them and send it again.", "Yêu cầu có " + errors.size()
                + " trường không hợp lệ; hãy sửa các trường đó rồi gửi lại.", errors, request));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        String where = e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Problems.response(Problems.of(400, "malformed-json", "The body is not valid JSON (line " + where
                + "): " + e.getOriginalMessage(), "Nội dung gửi lên không phải JSON hợp lệ (dòng "
                + where.replace("column", "cột") + ").", List.of(), request));
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
            return Problems.response(Problems.of(400, "malformed-json", "The body does not have the expected JSON "
                    + "shape: send an object as described in the API document.", "Nội dung gửi lên không đúng dạng "
                    + "JSON cần có: hãy gửi một đối tượng như tài liệu API mô tả.", List.of(), request));
        }
        return Problems.response(Problems.of(400, "validation-failed", "The request has an invalid field: " + field
                + ".", "Yêu cầu có trường không hợp lệ: " + field + ".", List.of(new Problem.FieldError(field, message)),
                request));
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
            return Problems.response(Problems.of(405, "method-not-allowed", (request == null ? "This method"
                    : request.method() + " " + request.path()) + " is not supported; the API document at "
                    + "/q/openapi lists the methods each path takes.", (request == null ? "Phương thức này"
                    : request.method() + " " + request.path()) + " không được hỗ trợ; tài liệu API tại /q/openapi "
                    + "liệt kê các phương thức của từng đường dẫn.", List.of(), request));
        }
        Response.ResponseBuilder answer = Response.fromResponse(Problems.response(Problems.of(status,
                WebProblems.slug(status), WebProblems.detail(status, request), WebProblems.vietnamese(status, request),
                List.of(), request)));
        if (allow != null) {
            answer.header("Allow", allow);
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, HttpServerRequest request) {
        return Problems.response(Problems.of(412, "stale-version", "The resource was changed by someone else "
                + "meanwhile; read it again and apply your change to the current version.", "Dữ liệu đã được người "
                + "khác sửa trong lúc đó; hãy đọc lại và áp dụng thay đổi của bạn trên phiên bản hiện tại.", List.of(),
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
            return Response.fromResponse(respond(503, "database-unavailable", "The service cannot reach its "
                    + "database at the moment; nothing was changed. Send the request again after Retry-After "
                    + "seconds.", List.of(), request)).header("Retry-After", "5").build();
        }
        Problem problem = Problems.of(500, "internal-error", "The service failed to handle the request. Quote the "
                + "request id when you report it.", List.of(), request);
        LOG.errorf(e, "Unhandled failure of %s %s [request %s]", request == null ? "?" : request.method(),
                problem.instance(), problem.requestId());
        return Problems.response(problem);
    }

    private static Response respond(int status, String slug, String detail, List<Problem.FieldError> errors,
            HttpServerRequest request) {
        return Problems.response(Problems.of(status, slug, detail, errors, request));
    }
}
