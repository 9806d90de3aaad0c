package vn.tochuc.platform.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Tells a broker that is still being set up from one that refuses. The suite starts the services while its broker
 * starts ({@code ./tochuc run}; a Kubernetes rollout does the same), and the administrator creates the topics and
 * the ACLs only once the broker answers: until then a send is refused as if the topic were forbidden or missing.
 * Such a refusal says nothing about the row, so it must not count towards parking it.
 *
 * <p>The grace lasts from the service's start until its first acknowledged send, or at most {@code length}: once
 * one send went through the broker is set up, and a refusal after that is the row's (a topic the service may not
 * write, a topic nobody created). A service whose every send is refused from the start (an ACL missing for good)
 * counts its refusals once the grace is over, so the row is still parked, {@code length} later.
 */
final class StartupGrace {

    private final Clock clock;
    private final Instant ends;
    private volatile boolean brokerSetUp;

    StartupGrace(Duration length, Clock clock) {
        this.clock = clock;
        this.ends = clock.instant().plus(length);
    }

    /** Kafka acknowledged a send: the topics and ACLs are in place, so the grace ends for good. */
    void delivered() {
        brokerSetUp = true;
    }

    boolean isOver() {
        return brokerSetUp || !clock.instant().isBefore(ends);
    }

    /**
     * @param failure why Kafka did not take a row; {@code topicMissing} when the broker said its topic does not exist
     * @return true when the failure is one a broker still being set up gives, and the grace is not over
     */
    boolean excuses(Throwable failure, boolean topicMissing) {
        if (isOver()) {
            return false;
        }
        Throwable cause = failure instanceof ExecutionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return topicMissing || cause instanceof TopicAuthorizationException
                || cause instanceof UnknownTopicOrPartitionException;
    }
}
