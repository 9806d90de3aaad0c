package vn.tochuc.gateway.resilience;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * One service's breaker. After {@code threshold} consecutive failed exchanges (refused, reset, silent) it opens:
 * calls get 503 at once instead of each waiting for a connect timeout, which keeps the gateway's connections and
 * the caller's patience for the services that are up. After {@code openFor} one trial call goes through; its
 * success closes the breaker, its failure opens it again. An answer of any status is a success: the service is
 * there.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long openForNanos;
    private final LongSupplier clock;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean trialInFlight = new AtomicBoolean();
    private volatile long openedAt;
    private volatile boolean open;

    public CircuitBreaker(int threshold, Duration openFor) {
        this(threshold, openFor, System::nanoTime);
    }

    CircuitBreaker(int threshold, Duration openFor, LongSupplier clock) {
        this.threshold = Math.max(1, threshold);
        this.openForNanos = openFor.toNanos();
        this.clock = clock;
    }

    /** Whether a call may go to the service now; false means answer 503 with {@link #retryAfterSeconds()}. */
    public boolean allow() {
        if (!open) {
            return true;
        }
        if (clock.getAsLong() - openedAt < openForNanos) {
            return false;
        }
        // Half open: exactly one trial call finds out whether the service is back.
        return trialInFlight.compareAndSet(false, true);
    }

    public void onSuccess() {
        failures.set(0);
        open = false;
        trialInFlight.set(false);
    }

    public void onFailure() {
        if (failures.incrementAndGet() >= threshold || open) {
            openedAt = clock.getAsLong();
            open = true;
        }
        trialInFlight.set(false);
    }

    public State state() {
        if (!open) {
            return State.CLOSED;
        }
        return clock.getAsLong() - openedAt < openForNanos ? State.OPEN : State.HALF_OPEN;
    }

    /** Seconds until a trial call will be let through (at least 1). */
    public long retryAfterSeconds() {
        long left = openForNanos - (clock.getAsLong() - openedAt);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }
}
