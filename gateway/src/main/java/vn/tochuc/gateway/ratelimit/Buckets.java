package vn.tochuc.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Token buckets by key, shared by every gateway replica through Redis (Bucket4j's Lettuce backend), so that a
 * caller's limit holds whichever replica answers. When Redis does not answer in time the call is counted in this
 * replica's own bucket for the same key instead, and Redis is left alone for a few seconds: the limits then hold
 * per replica (with n replicas a caller may get up to n times the limit) until Redis is back. A call is never
 * refused or delayed because Redis is down.
 */
public final class Buckets {

    private static final Logger LOG = Logger.getLogger(Buckets.class);
    /** After a Redis failure, local buckets only for this long, so a dead Redis does not slow every call. */
    private static final long REDIS_PAUSE_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int MAX_KEYS = 100_000;
    static final long LOCAL_SHARE_DIVISOR = 50;
    static final Duration SYNC_AT_LEAST_EVERY = Duration.ofMillis(200);

    private final RedisClient client;
    private final RedisURI redisUri;
    private final Duration redisTimeout;
    private volatile AsyncProxyManager<String> shared;
    private volatile long redisPausedUntil = Long.MIN_VALUE;
    private final AtomicBoolean connecting = new AtomicBoolean();
    private final ConcurrentHashMap<String, AsyncBucketProxy> sharedBuckets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Bucket> localBuckets = new ConcurrentHashMap<>();

    public Buckets(String redisUrl, Duration redisTimeout) {
        this.redisTimeout = redisTimeout;
        this.redisUri = RedisURI.create(redisUrl);
        this.client = RedisClient.create();
        // Refuse commands at once while disconnected (instead of queueing them until Redis is back), and give up on
        // a slow Redis after redisTimeout: either way the call falls back to the local bucket.
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(redisTimeout))
                .build());
        connect();
    }

    /** Takes one token for {@code key}; completes (never fails) with what is left or how long to wait. */
    public CompletionStage<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration) {
        AsyncProxyManager<String> manager = shared;
        if (manager == null || System.nanoTime() < redisPausedUntil) {
            if (manager == null) {
                connect();
            }
            return CompletableFuture.completedFuture(local(key, configuration));
        }
        if (sharedBuckets.size() >= MAX_KEYS) {
            sharedBuckets.clear();
        }
        AsyncBucketProxy bucket = sharedBuckets.computeIfAbsent(key, k -> manager.builder()
                .withOptimization(optimizationFor(configuration))
                .build(k, () -> CompletableFuture.completedFuture(configuration)));
        return bucket.tryConsumeAndReturnRemaining(1)
                .handle((probe, failure) -> {
                    if (failure == null) {
                        return probe;
                    }
                    pauseRedis(failure);
                    return local(key, configuration);
                });
    }

    /**
     * How often a replica talks to Redis for one bucket. Asking on every call cost the gateway about a quarter of its
     * throughput (a Redis round trip per call), so a replica may take up to 1/50 of the capacity locally (and wait at
     * most {@link #SYNC_AT_LEAST_EVERY}) before it reconciles with Redis: with n replicas a caller can exceed its
     * limit by at most n × 2 % of it. Below 50 tokens that allowance would be zero, so small buckets are exact:
     * concurrent calls of one caller then go to Redis as one batch rather than racing compare-and-swaps.
     */
    static Optimization optimizationFor(BucketConfiguration configuration) {
        long allowance = configuration.getBandwidths()[0].getCapacity() / LOCAL_SHARE_DIVISOR;
        return allowance < 1 ? Optimizations.batching()
                : Optimizations.delaying(new DelayParameters(allowance, SYNC_AT_LEAST_EVERY));
    }

    private ConsumptionProbe local(String key, BucketConfiguration configuration) {
        if (localBuckets.size() >= MAX_KEYS) {
            localBuckets.clear();
        }
        return localBuckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(configuration.getBandwidths()[0]).build())
                .tryConsumeAndReturnRemaining(1);
    }

    private void pauseRedis(Throwable failure) {
        boolean wasUp = redisPausedUntil < System.nanoTime();
        redisPausedUntil = System.nanoTime() + REDIS_PAUSE_NANOS;
        if (wasUp) {
            LOG.warnf("Redis did not answer for a rate limit (%s); counting calls per gateway replica until it is"
                    + " back (checked again in 5 s)", failure.getMessage());
        }
    }

    private void connect() {
        if (!connecting.compareAndSet(false, true)) {
            return;
        }
        client.connectAsync(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE), redisUri)
                .whenComplete((connection, failure) -> {
                    if (failure == null) {
                        shared = proxyManager(connection);
                        LOG.info("Rate limits are shared through Redis");
                    } else {
                        pauseRedis(failure);
                        connecting.set(false);
                    }
                });
    }

    private AsyncProxyManager<String> proxyManager(StatefulRedisConnection<String, byte[]> connection) {
        return Bucket4jLettuce.casBasedBuilder(connection)
                // Keys vanish once their bucket would be full again: an idle caller costs Redis nothing.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .requestTimeout(redisTimeout)
                .build()
                .asAsync();
    }

    /** True while calls are counted in Redis (connected, not paused after a failure). */
    public boolean isShared() {
        return shared != null && System.nanoTime() >= redisPausedUntil;
    }

    public void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
