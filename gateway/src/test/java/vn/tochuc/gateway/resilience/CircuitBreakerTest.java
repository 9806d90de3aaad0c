package vn.tochuc.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    @Test
    void shouldOpenAfterTheConfiguredFailuresInARow() {
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.allow()).isTrue();
        breaker.onFailure();
        assertThat(breaker.allow()).isFalse();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.retryAfterSeconds()).isEqualTo(10);
    }

    @Test
    void shouldNotCountFailuresThatASuccessInterrupted() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        assertThat(breaker.allow()).isTrue();
    }

    @Test
    void shouldLetOneTrialCallThroughAfterTheOpenTimeAndCloseOnItsSuccess() {
        openIt();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(breaker.allow()).as("the trial").isTrue();
        assertThat(breaker.allow()).as("a second call while the trial runs").isFalse();
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.allow()).isTrue();
    }

    @Test
    void shouldOpenAgainWhenTheTrialCallFails() {
        openIt();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(breaker.allow()).isTrue();
        breaker.onFailure();
        assertThat(breaker.allow()).isFalse();
        assertThat(breaker.retryAfterSeconds()).isEqualTo(10);
    }

    private void openIt() {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure();
        }
    }
}
