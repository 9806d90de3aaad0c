package vn.tochuc.platform.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tochuc.platform.web.RequestIds;

/** Builds problem answers with titles in Vietnamese or English, as the caller's Accept-Language asks. */
public final class Problems {

    public static final String TYPE_PREFIX = "https://tochuc.vn/problems/";

    private static final Map<Integer, String[]> TITLES = Map.ofEntries(
            Map.entry(400, new String[] {"Bad request", "Yêu cầu không hợp lệ"}),
            Map.entry(401, new String[] {"Unauthenticated", "Chưa xác thực"}),
            Map.entry(403, new String[] {"Forbidden", "Không có quyền"}),
            Map.entry(404, new String[] {"Not found", "Không tìm thấy"}),
            Map.entry(405, new String[] {"Method not allowed", "Phương thức không được hỗ trợ"}),
            Map.entry(406, new String[] {"Not acceptable", "Không đáp ứng được định dạng yêu cầu"}),
            Map.entry(409, new String[] {"Conflict", "Xung đột dữ liệu"}),
            Map.entry(412, new String[] {"Precondition failed", "Phiên bản dữ liệu đã thay đổi"}),
            Map.entry(413, new String[] {"Payload too large", "Dữ liệu gửi lên quá lớn"}),
            Map.entry(415, new String[] {"Unsupported media type", "Định dạng dữ liệu không được hỗ trợ"}),
            Map.entry(422, new String[] {"Unprocessable content", "Dữ liệu không xử lý được"}),
            Map.entry(428, new String[] {"Precondition required", "Thiếu điều kiện phiên bản (If-Match)"}),
            Map.entry(500, new String[] {"Internal error", "Lỗi hệ thống"}),
            Map.entry(503, new String[] {"Service unavailable", "Dịch vụ tạm thời không sẵn sàng"}));

    private Problems() {
    }

    public static Problem of(int status, String slug, String detail, List<Problem.FieldError> errors,
            HttpServerRequest request) {
        String language = request == null ? null : request.getHeader("Accept-Language");
        String path = request == null ? null : request.path();
        return new Problem(TYPE_PREFIX + slug, title(status, language), status, detail, path,
                RequestIds.current(request), errors);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Problem with its detail in the caller's language: {@code vietnameseDetail} when the caller asks for vi. */
    public static Problem of(int status, String slug, String detail, String vietnameseDetail,
            List<Problem.FieldError> errors, HttpServerRequest request) {
        return of(status, slug, vietnamese(request) && vietnameseDetail != null ? vietnameseDetail : detail, errors,
                request);
    }

    /** Problem with its detail from the catalog, in the caller's language. */
    public static Problem of(int status, String slug, ProblemText detail, List<Problem.FieldError> errors,
            HttpServerRequest request) {
        return of(status, slug, detail.in(vietnamese(request)), errors, request);
    }

    /** A field error with its message from the catalog, in the caller's language. */
    public static Problem.FieldError field(String field, ProblemText message, HttpServerRequest request) {
        return new Problem.FieldError(field, message.in(vietnamese(request)));
    }

    /** Whether the caller asked for Vietnamese first (Accept-Language: vi, vi-VN, ...). */
    public static boolean vietnamese(HttpServerRequest request) {
        return vietnamese(request == null ? null : request.getHeader("Accept-Language"));
    }

    static boolean vietnamese(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("vi");
    }

    static String title(int status, String acceptLanguage) {
        String[] titles = TITLES.getOrDefault(status, TITLES.get(status >= 500 ? 500 : 400));
        return vietnamese(acceptLanguage) ? titles[1] : titles[0];
    }
}
