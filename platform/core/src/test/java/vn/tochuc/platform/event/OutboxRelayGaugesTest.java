package vn.tochuc.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxRelayGaugesTest {

    private static final Instant COUNTED = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void shouldCountTheGaugesAtTheFirstRun() {
        assertThat(OutboxRelay.gaugesDue(Instant.EPOCH, COUNTED)).isTrue();
    }

    @Test
    void shouldNotCountTheGaugesAgainWithinASecondHoweverOftenTheRelayWakes() {
        assertThat(OutboxRelay.gaugesDue(COUNTED, COUNTED)).isFalse();
        assertThat(OutboxRelay.gaugesDue(COUNTED, COUNTED.plusMillis(999))).isFalse();
    }

    @Test
    void shouldCountTheGaugesAgainOnceASecondHasPassed() {
        assertThat(OutboxRelay.gaugesDue(COUNTED, COUNTED.plusSeconds(1))).isTrue();
    }

    @Test
    void shouldCountTheGaugesWhenTheClockSteppedBack() {
        assertThat(OutboxRelay.gaugesDue(COUNTED, COUNTED.minusSeconds(3600))).isTrue();
    }
}
