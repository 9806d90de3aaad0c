package vn.tochuc.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.problem.Problems;

/** Refused sign-ins and roles as problem+json, saying what the caller needs. */
public class SecurityProblemMappers {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response failed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return Problems.response(Problems.of(403, "forbidden", ProblemText.of("forbidden"), List.of(), request));
    }

    private static Response unauthenticated(HttpServerRequest request) {
        return Response.fromResponse(Problems.response(Problems.of(401, "unauthenticated",
                ProblemText.of("unauthenticated"), List.of(), request)))
                .header("WWW-Authenticate", "Bearer").build();
    }
}
