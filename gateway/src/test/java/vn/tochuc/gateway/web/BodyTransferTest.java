package vn.tochuc.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.gateway.support.FakeUpstream;
import vn.tochuc.gateway.support.FakeUpstreams;

/**
 * Bodies both ways, declared (Content-Length) and chunked, under and over quarkus.http.limits.max-body-size=16M.
 * Uses a Vert.x client because it can send a body in chunks and wait for "100 Continue" (the JDK 17 client
 * hangs when the answer to Expect: 100-continue is not 100).
 */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class BodyTransferTest {

    private static final int LIMIT = 16 * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;

    private record Answer(int status, MultiMap headers, Buffer body) {
        JsonObject json() {
            return body.toJsonObject();
        }
    }

    private enum Framing { DECLARED, CHUNKED, EXPECT_CONTINUE }

    @Inject
    Vertx vertx;

    private HttpClient client;

    @BeforeEach
    void openClient() {
        client = vertx.createHttpClient();
    }

    @AfterEach
    void closeClient() throws Exception {
        client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void shouldStreamADeclaredBodyUnderTheLimitToTheService() throws Exception {
        Buffer body = randomBytes(LIMIT - 1024);
        Answer answer = post("/api/v1/imports", body, Framing.DECLARED);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getInteger("bodyLength")).isEqualTo(body.length());
        assertThat(answer.json().getString("bodySha256")).isEqualTo(FakeUpstream.sha256(body.getBytes()));
    }

    @Test
    void shouldStreamAChunkedBodyUnderTheLimitToTheService() throws Exception {
        Buffer body = randomBytes(LIMIT - 1024);
        Answer answer = post("/api/v1/imports", body, Framing.CHUNKED);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getInteger("bodyLength")).isEqualTo(body.length());
        assertThat(answer.json().getString("bodySha256")).isEqualTo(FakeUpstream.sha256(body.getBytes()));
    }

    @Test
    void shouldAnswerExpectContinueItselfAndForwardTheBodyWithoutIt() throws Exception {
        Buffer body = randomBytes(512 * 1024);
        Answer answer = post("/api/v1/imports", body, Framing.EXPECT_CONTINUE);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getInteger("bodyLength")).isEqualTo(body.length());
        assertThat(answer.json().getJsonObject("headers").containsKey("expect")).isFalse();
    }

    @Test
    void shouldRefuseADeclaredBodyOverTheLimitWithProblemJson() throws Exception {
        assertPayloadTooLarge(post("/api/v1/imports", randomBytes(LIMIT + 1), Framing.EXPECT_CONTINUE));
    }

    @Test
    void shouldRefuseAChunkedBodyOverTheLimitWithProblemJson() throws Exception {
        assertPayloadTooLarge(post("/api/v1/imports", randomBytes(LIMIT + 4 * CHUNK), Framing.CHUNKED));
    }

    @Test
    void shouldStreamALargeAnswerFromTheService() throws Exception {
        int size = 8_000_000;
        Answer answer = await(client.request(options(HttpMethod.GET, "/api/v1/org-units/export/download?bytes=" + size))
                .compose(HttpClientRequest::send)
                .compose(response -> response.body()
                        .map(body -> new Answer(response.statusCode(), response.headers(), body))));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().length()).isEqualTo(size);
    }

    private static void assertPayloadTooLarge(Answer answer) {
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.headers().get("Content-Type")).isEqualTo("application/problem+json");
        JsonObject problem = answer.json();
        assertThat(problem.getString("type")).isEqualTo("https://tochuc.vn/problems/payload-too-large");
        assertThat(problem.getString("detail")).contains(String.valueOf(LIMIT));
        assertThat(problem.getString("requestId")).isNotBlank().isEqualTo(answer.headers().get("X-Request-Id"));
    }

    private Answer post(String path, Buffer body, Framing framing) throws Exception {
        return await(client.request(options(HttpMethod.POST, path)).compose(request -> {
            request.putHeader(HttpHeaders.CONTENT_TYPE, "application/octet-stream");
            Future<Answer> answer = request.response().compose(response -> response.body()
                    .map(received -> new Answer(response.statusCode(), response.headers(), received)));
            switch (framing) {
                case DECLARED -> request.end(body);
                case CHUNKED -> {
                    request.setChunked(true);
                    for (int at = 0; at < body.length(); at += CHUNK) {
                        request.write(body.getBuffer(at, Math.min(body.length(), at + CHUNK)));
                    }
                    request.end();
                }
                case EXPECT_CONTINUE -> {
                    request.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length()))
                            .putHeader(HttpHeaders.EXPECT, HttpHeaders.CONTINUE)
                            .continueHandler(v -> request.end(body));
                    request.sendHead();
                }
            }
            return answer;
        }));
    }

    private static RequestOptions options(HttpMethod method, String uri) {
        return new RequestOptions().setMethod(method).setHost("localhost").setPort(RestAssured.port).setURI(uri)
                .putHeader(HttpHeaders.AUTHORIZATION, vn.tochuc.platform.testing.TestTokens.bearer(
                        vn.tochuc.platform.testing.TestTokens.boardOfficer()));
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static Buffer randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Buffer.buffer(bytes);
    }
}
