package vn.tochuc.cadre.rest;

import io.vertx.core.http.HttpServerRequest;
import java.util.regex.Pattern;
import vn.tochuc.cadre.service.Caller;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.RequestIds;

/** Who is calling, from the X-Actor placeholder header and the request id the platform assigned. */
final class Callers {

    static final String UNAUTHENTICATED = "unauthenticated";
    private static final Pattern SANE = Pattern.compile("[\\p{L}\\p{N} ._@-]{1,100}");

    private Callers() {
    }

    static Caller of(String actor, HttpServerRequest request) {
        if (actor != null && !SANE.matcher(actor).matches()) {
            throw ProblemException.invalid(PersonResource.ACTOR_HEADER, "must be 1-100 letters, digits, spaces or "
                    + "'._@-', naming the user who makes the change");
        }
        return new Caller(actor == null ? UNAUTHENTICATED : actor, RequestIds.current(request));
    }
}
