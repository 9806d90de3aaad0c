package vn.tochuc.platform.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** A service whose consumer thread died would silently stop applying events: say so in readiness. */
@Readiness
@ApplicationScoped
public class EventConsumerHealthCheck implements HealthCheck {

    private final EventConsumer consumer;

    EventConsumerHealthCheck(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Event consumer").status(consumer.isRunning())
                .withData("group", consumer.groupId()).build();
    }
}
