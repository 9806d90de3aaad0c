package vn.tochuc.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.problem.Problems;
import vn.tochuc.platform.text.StorableText;

/**
 * HTTP concerns below the REST layer: request ids on every call, problem+json for paths nothing serves, for
 * bodies over the size limit and for text in the URL or headers that cannot be stored.
 */
@ApplicationScoped
public class WebRoutes {

    private final long maxBodyBytes;

    WebRoutes(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBody) {
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(RequestIds::assign);
        router.route().last().handler(context -> answer(context, Problems.of(404, "not-found",
                ProblemText.of("not-found.path").with("path", context.request().path()), List.of(),
                context.request())));
        router.route().order(Integer.MIN_VALUE + 1).handler(this::refuseOversizedBody);
        router.route().order(Integer.MIN_VALUE + 2).handler(WebRoutes::refuseUnstorableText);
    }

    /**
     * Refuses a NUL character in a query parameter, the path or a header (JSON bodies are checked by
     * {@link vn.tochuc.platform.text.NfcJsonCustomizer}): PostgreSQL cannot store or even compare it, so a search
     * or lookup with it would fail as a 500. Percent-decoding never yields a lone surrogate (bad UTF-8 becomes
     * U+FFFD), so NUL is all there is to find here.
     */
    private static void refuseUnstorableText(RoutingContext context) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            context.queryParams().forEach(param -> unstorable(param.getKey(), param.getValue(), errors,
                    context.request()));
        } catch (RuntimeException malformed) {
            // A query string that cannot be decoded is the REST layer's to refuse.
        }
        if (context.request().path().toLowerCase(Locale.ROOT).contains("%00")) {
            errors.add(Problems.field("path", ProblemText.of("field.nul-path"), context.request()));
        }
        context.request().headers().forEach(header -> unstorable(header.getKey(), header.getValue(), errors,
                context.request()));
        if (errors.isEmpty()) {
            context.next();
            return;
        }
        answer(context, Problems.of(400, "validation-failed", ProblemText.of("validation-failed.count")
                .with("count", errors.size()), errors, context.request()));
    }

    private static void unstorable(String name, String value, List<Problem.FieldError> errors,
            HttpServerRequest request) {
        ProblemText why = StorableText.whyNotText(value);
        if (why == null) {
            why = StorableText.whyNotText(name);
        }
        if (why != null) {
            errors.add(Problems.field(name.replace("\0", ""), why, request));
        }
    }

    /**
     * Refuses a body announced as larger than the limit before it is read, with a problem body (the HTTP layer's
     * own refusal has none). A chunked body without a length is still cut off by that layer at the same limit.
     */
    private void refuseOversizedBody(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodyBytes) {
            context.response().putHeader("Connection", "close");
            answer(context, Problems.of(413, "payload-too-large", ProblemText.of("payload-too-large.length")
                    .with("length", length).with("max", maxBodyBytes), List.of(), context.request()));
            return;
        }
        context.next();
    }

    private static void answer(RoutingContext context, Problem problem) {
        context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
