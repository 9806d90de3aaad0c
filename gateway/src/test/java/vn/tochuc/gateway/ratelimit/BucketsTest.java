package vn.tochuc.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two gateway replicas share a caller's bucket through Redis; without Redis each still limits on its own. */
class BucketsTest {

    private static final BucketConfiguration TWO_PER_MINUTE = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(2).refillGreedy(2, Duration.ofMinutes(1))).build();

    @Test
    void shouldShareACallersBucketBetweenTwoReplicasThroughRedis() throws Exception {
        Buckets first = new Buckets("redis://127.0.0.1:6379", Duration.ofSeconds(2));
        Buckets second = new Buckets("redis://127.0.0.1:6379", Duration.ofSeconds(2));
        try {
            String key = "tochuc-test:" + UUID.randomUUID() + ":reads:sub:someone";
            awaitShared(first);
            awaitShared(second);
            assertThat(consume(first, key).isConsumed()).isTrue();
            assertThat(consume(second, key).isConsumed()).isTrue();
            assertThat(consume(first, key).isConsumed()).as("third call, whichever replica takes it").isFalse();
            assertThat(consume(second, key).isConsumed()).isFalse();
        } finally {
            first.close();
            second.close();
        }
    }

    @Test
    void shouldHoldALargeLimitAcrossReplicasWithinEachReplicasLocalAllowance() throws Exception {
        long capacity = 500;
        BucketConfiguration large = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, Duration.ofHours(1))).build();
        long allowance = capacity / Buckets.LOCAL_SHARE_DIVISOR;
        Buckets first = new Buckets("redis://127.0.0.1:6379", Duration.ofSeconds(2));
        Buckets second = new Buckets("redis://127.0.0.1:6379", Duration.ofSeconds(2));
        try {
            String key = "tochuc-test:" + UUID.randomUUID() + ":reads:sub:busy";
            awaitShared(first);
            awaitShared(second);
            int consumed = 0;
            for (int call = 0; call < 2 * capacity; call++) {
                Buckets replica = call % 2 == 0 ? first : second;
                if (replica.tryConsume(key, large).toCompletableFuture().get(5, TimeUnit.SECONDS).isConsumed()) {
                    consumed++;
                }
            }
            assertThat(consumed).as("calls let through by two replicas sharing a bucket of %d", capacity)
                    .isBetween((int) capacity, (int) (capacity + 2 * allowance));
        } finally {
            first.close();
            second.close();
        }
    }

    @Test
    void shouldKeepLimitingPerReplicaWhenRedisIsDown() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Buckets alone = new Buckets("redis://127.0.0.1:" + closed, Duration.ofMillis(200));
        try {
            String key = "tochuc-test:" + UUID.randomUUID() + ":reads:sub:someone";
            assertThat(consume(alone, key).isConsumed()).isTrue();
            assertThat(consume(alone, key).isConsumed()).isTrue();
            assertThat(consume(alone, key).isConsumed()).isFalse();
        } finally {
            alone.close();
        }
    }

    private static ConsumptionProbe consume(Buckets buckets, String key) throws Exception {
        return buckets.tryConsume(key, TWO_PER_MINUTE).toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static void awaitShared(Buckets buckets) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!buckets.isShared() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(buckets.isShared()).as("connected to Redis at 127.0.0.1:6379 (the suite needs it)").isTrue();
    }
}
