package vn.tochuc.platform.problem;

import io.vertx.core.http.HttpServerRequest;

/** Problem slugs and fix-it details (from the catalog) for the HTTP-level refusals the REST layer raises itself. */
final class WebProblems {

    private WebProblems() {
    }

    static String slug(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
    }

    static ProblemText detail(int status, HttpServerRequest request) {
        return switch (status) {
            case 404 -> ProblemText.of("not-found.path").with("path", request == null ? "/" : request.path());
            case 405 -> ProblemText.of("method-not-allowed").with("target", target(request));
            case 406, 413, 415 -> ProblemText.of(slug(status));
            default -> ProblemText.of("bad-request");
        };
    }

    static String target(HttpServerRequest request) {
        return request == null ? "?" : request.method() + " " + request.path();
    }
}
