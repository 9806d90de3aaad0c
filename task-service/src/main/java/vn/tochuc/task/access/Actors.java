package vn.tochuc.task.access;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tochuc.platform.security.SignedInCaller;
import vn.tochuc.platform.web.RequestIds;

/** The actor of the current request, for resources to hand to services with the change they ask for. */
@ApplicationScoped
public class Actors {

    private final SignedInCaller signedIn;

    Actors(SignedInCaller signedIn) {
        this.signedIn = signedIn;
    }

    public Actor of(HttpServerRequest request) {
        return new Actor(signedIn.subject(), RequestIds.current(request));
    }
}
