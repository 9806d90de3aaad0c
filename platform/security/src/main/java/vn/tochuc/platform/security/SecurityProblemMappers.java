package vn.tochuc.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
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
        return Problems.response(Problems.of(403, "forbidden", "Your token's roles do not allow this request; ask "
                + "an administrator for a role that does (see the API description).", List.of(), request));
    }

    private static Response unauthenticated(HttpServerRequest request) {
        return Response.fromResponse(Problems.response(Problems.of(401, "unauthenticated", "Send a valid, unexpired "
                + "bearer token from the identity provider in the Authorization header.", List.of(), request)))
                .header("WWW-Authenticate", "Bearer").build();
    }
}
