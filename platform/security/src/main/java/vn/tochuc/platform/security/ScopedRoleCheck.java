package vn.tochuc.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.problem.Problems;

/**
 * A unit officer, viewer or integrator acts only for the org units its token names. A token of such a role that
 * names none would otherwise get empty lists and 404s everywhere, which reads like missing data rather than the
 * wrong token; this check answers 403 with what to ask for instead, before any resource runs.
 */
public class ScopedRoleCheck {

    static final Set<String> SCOPED_ROLES = Set.of(Roles.UNIT_OFFICER, Roles.VIEWER, Roles.INTEGRATOR);

    @Inject
    SecurityIdentity identity;

    @Inject
    SignedInCaller caller;

    @ServerRequestFilter
    public Optional<Response> refuseScopedTokenWithoutOrgUnits(HttpServerRequest request) {
        if (identity.isAnonymous() || caller.provinceWide()
                || SCOPED_ROLES.stream().noneMatch(identity::hasRole) || !caller.orgUnits().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Problems.response(Problems.of(403, "no-org-units", ProblemText.of("no-org-units")
                .with("claim", SignedInCaller.ORG_UNITS_CLAIM), List.of(), request)));
    }
}
