package vn.tochuc.cadre.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.tochuc.platform.problem.ProblemException;

/**
 * The HTTP layer accepts bodies up to 16 MB because import files need it; every other request keeps the 1 MB a
 * JSON form can reasonably be, checked here by its declared length before the body is read.
 */
public class BodyLimits {

    static final long JSON_LIMIT = 1024 * 1024;
    private static final String IMPORTS = "api/v1/imports";

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/" + IMPORTS) || path.startsWith(IMPORTS)) {
            return;
        }
        if (request.getLength() > JSON_LIMIT) {
            throw new ProblemException(413, "payload-too-large", "The request body has " + request.getLength()
                    + " bytes; this resource accepts at most 1 MB. Send less data per request.");
        }
    }
}
