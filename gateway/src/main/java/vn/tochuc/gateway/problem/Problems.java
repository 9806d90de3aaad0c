package vn.tochuc.gateway.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyResponse;
import java.util.Locale;
import java.util.Map;
import vn.tochuc.gateway.web.RequestIds;

/**
 * Builds and sends the gateway's own error answers. Titles follow Accept-Language (Vietnamese or English) and
 * types share the services' prefix, so a client handles a gateway error like any other.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "https://tochuc.vn/problems/";
    /** A 503 is temporary: a service restarting is usually back within seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Map<Integer, String[]> TITLES = Map.of(
            400, new String[] {"Bad request", "Yêu cầu không hợp lệ"},
            401, new String[] {"Unauthorized", "Chưa xác thực"},
            429, new String[] {"Too many requests", "Quá nhiều yêu cầu"},
            404, new String[] {"Not found", "Không tìm thấy"},
            413, new String[] {"Payload too large", "Dữ liệu gửi lên quá lớn"},
            500, new String[] {"Internal error", "Lỗi hệ thống"},
            502, new String[] {"Bad gateway", "Dịch vụ trả lời không hợp lệ"},
            503, new String[] {"Service unavailable", "Dịch vụ tạm thời không sẵn sàng"},
            504, new String[] {"Gateway timeout", "Dịch vụ không trả lời kịp"});

    private Problems() {
    }

    public static Problem of(HttpServerRequest request, int status, String slug, String detail) {
        return new Problem(TYPE_PREFIX + slug, title(status, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), status,
                detail, request.path(), RequestIds.current(request));
    }

    public static void send(HttpServerResponse response, Problem problem) {
        if (response.ended() || response.headWritten()) {
            // Part of another answer already left; a second body would corrupt the stream, so cut it instead.
            response.reset();
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (problem.status() == 503 && !response.headers().contains(HttpHeaders.RETRY_AFTER)) {
            response.putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        response.end(problem.toBuffer());
    }

    /** The same answer as a proxy response, for failures found inside the proxy's interceptor chain. */
    public static ProxyResponse asProxyResponse(ProxyContext context, Problem problem) {
        ProxyResponse response = context.request().release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .setBody(Body.body(problem.toBuffer()));
        if (problem.status() == 503) {
            response.putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response;
    }

    static String title(int status, String acceptLanguage) {
        String[] titles = TITLES.getOrDefault(status, TITLES.get(status >= 500 ? 500 : 400));
        boolean vietnamese = acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("vi");
        return vietnamese ? titles[1] : titles[0];
    }
}
