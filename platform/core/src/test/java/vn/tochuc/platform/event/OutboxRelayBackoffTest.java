package vn.tochuc.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxRelayBackoffTest {

    @Test
    void shouldWaitLongerAfterEachFailureUpToThirtySeconds() {
        assertThat(OutboxRelay.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(OutboxRelay.backoff(2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(OutboxRelay.backoff(6)).isEqualTo(Duration.ofMillis(16_000));
        assertThat(OutboxRelay.backoff(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxRelay.backoff(1_000)).isEqualTo(Duration.ofSeconds(30));
    }
}
