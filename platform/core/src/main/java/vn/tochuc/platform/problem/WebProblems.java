package vn.tochuc.platform.problem;

import io.vertx.core.http.HttpServerRequest;

/** Problem slugs and fix-it details for the HTTP-level refusals the REST layer raises by itself. */
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

    static String detail(int status, HttpServerRequest request) {
        String target = request == null ? "this resource" : request.method() + " " + request.path();
        return switch (status) {
            case 404 -> "Nothing is served at " + (request == null ? "this path" : request.path())
                    + ". The API is described at /q/openapi.";
            case 405 -> target + " is not supported; the Allow header lists the methods that are.";
            case 406 -> "This resource answers application/json (errors as application/problem+json); "
                    + "ask for one of them in Accept.";
            case 413 -> "The request body is larger than this service accepts; send less data per request.";
            case 415 -> "Send the body as application/json with a matching Content-Type header.";
            default -> "The request could not be understood; check it against the API document at /q/openapi.";
        };
    }

    static String vietnamese(int status, HttpServerRequest request) {
        String target = request == null ? "tài nguyên này" : request.method() + " " + request.path();
        return switch (status) {
            case 404 -> "Không có gì tại " + (request == null ? "đường dẫn này" : request.path())
                    + ". API được mô tả tại /q/openapi.";
            case 405 -> target + " không được hỗ trợ; tiêu đề Allow liệt kê các phương thức được hỗ trợ.";
            case 406 -> "Tài nguyên này trả về application/json (lỗi dạng application/problem+json); hãy yêu cầu "
                    + "một trong hai định dạng đó trong Accept.";
            case 413 -> "Dữ liệu gửi lên lớn hơn mức dịch vụ nhận; hãy gửi ít dữ liệu hơn mỗi lần.";
            case 415 -> "Hãy gửi nội dung dạng application/json với tiêu đề Content-Type tương ứng.";
            default -> "Không hiểu được yêu cầu; hãy đối chiếu với tài liệu API tại /q/openapi.";
        };
    }
}
