package vn.tochuc.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

class StartupGraceTest {

    private static final Instant START = Instant.parse("2026-12-01T03:00:00Z");
    private static final TopicAuthorizationException FORBIDDEN = new TopicAuthorizationException("tochuc.org.unit");

    @Test
    void shouldExcuseAForbiddenOrMissingTopicBeforeAnySendWentThrough() {
        StartupGrace grace = new StartupGrace(Duration.ofMinutes(2), at(START.plusSeconds(30)));

        assertThat(grace.excuses(FORBIDDEN, false)).isTrue();
        assertThat(grace.excuses(new ExecutionException(FORBIDDEN), false)).as("as the producer's future wraps it")
                .isTrue();
        assertThat(grace.excuses(new UnknownTopicOrPartitionException("tochuc.org.unit"), false)).isTrue();
        assertThat(grace.excuses(new IllegalStateException("metadata wait"), true)).as("the broker said: no such topic")
                .isTrue();
    }

    @Test
    void shouldNeverExcuseWhatNoBrokerSetUpExplains() {
        StartupGrace grace = new StartupGrace(Duration.ofMinutes(2), at(START));

        assertThat(grace.excuses(new RecordTooLargeException("1.1 MB"), false)).isFalse();
        assertThat(grace.excuses(new InvalidTopicException("not a topic name"), false)).isFalse();
    }

    @Test
    void shouldEndForGoodAtTheFirstAcknowledgedSend() {
        StartupGrace grace = new StartupGrace(Duration.ofMinutes(2), at(START));

        grace.delivered();

        assertThat(grace.isOver()).isTrue();
        assertThat(grace.excuses(FORBIDDEN, false)).as("a refusal after a send went through is the row's").isFalse();
        assertThat(grace.excuses(new IllegalStateException("metadata wait"), true)).isFalse();
    }

    @Test
    void shouldEndAfterItsLengthSoALastingRefusalStillParksTheRow() {
        MovingClock clock = new MovingClock(START);
        StartupGrace grace = new StartupGrace(Duration.ofMinutes(2), clock);

        clock.now = START.plus(Duration.ofMinutes(2)).minusMillis(1);
        assertThat(grace.excuses(FORBIDDEN, false)).isTrue();
        clock.now = START.plus(Duration.ofMinutes(2));
        assertThat(grace.excuses(FORBIDDEN, false)).isFalse();
    }

    @Test
    void shouldBeOverAtOnceWhenItsLengthIsZero() {
        assertThat(new StartupGrace(Duration.ZERO, at(START)).excuses(FORBIDDEN, false)).isFalse();
    }

    private static Clock at(Instant instant) {
        return new MovingClock(instant);
    }

    /** Starts where it is made and then shows whatever the test sets. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
