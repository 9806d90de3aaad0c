package vn.tochuc.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.problem.Problems;

/**
 * The protection-officer role is an add-on (Roles.PROTECTION_OFFICER): a signed-in caller holding none of
 * {@link Roles#BASE} is refused every operation here, in every service, so that no resource's own role list can
 * forget it. Anonymous callers pass on to the security layer, which answers 401 where a token is needed.
 */
public class BaseRoleFilter {

    private final SecurityIdentity identity;

    BaseRoleFilter(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public Response requireBaseRole(HttpServerRequest request) {
        if (identity.isAnonymous() || Roles.BASE.stream().anyMatch(identity::hasRole)) {
            return null;
        }
        return Problems.response(Problems.of(403, "add-on-role-only", ProblemText.of("add-on-role-only")
                .with("roles", String.join(", ", identity.getRoles()))
                .with("baseRoles", String.join(", ", Roles.BASE.stream().sorted().toList())), List.of(), request));
    }
}
