package vn.tochuc.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Passes a body through until more than {@code limit} bytes went by, then fails the stream. The proxy's pipe
 * reacts to that failure by resetting the upstream request, so the upstream never sees a truncated body as
 * complete.
 */
final class LimitedReadStream implements ReadStream<Buffer> {

    static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException(long limit) {
            super("request body exceeds " + limit + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long limit;
    private long seen;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;

    LimitedReadStream(ReadStream<Buffer> source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    long limit() {
        return limit;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
        } else {
            source.handler(chunk -> onChunk(chunk, handler));
        }
        return this;
    }

    private void onChunk(Buffer chunk, Handler<Buffer> handler) {
        if (exceeded) {
            return;
        }
        seen += chunk.length();
        if (seen > limit) {
            exceeded = true;
            Handler<Throwable> failed = exceptionHandler;
            if (failed != null) {
                failed.handle(new BodyTooLargeException(limit));
            }
            return;
        }
        handler.handle(chunk);
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler);
        return this;
    }
}
