package vn.tochuc.cadre.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tochuc.cadre.service.Caller;
import vn.tochuc.platform.security.SignedInCaller;
import vn.tochuc.platform.web.RequestIds;

/** Who makes a change, for the audit trail: the verified token's subject, and the request it came in. */
@ApplicationScoped
class Callers {

    private final SignedInCaller signedIn;

    Callers(SignedInCaller signedIn) {
        this.signedIn = signedIn;
    }

    Caller of(HttpServerRequest request) {
        return new Caller(signedIn.subject(), RequestIds.current(request));
    }
}
