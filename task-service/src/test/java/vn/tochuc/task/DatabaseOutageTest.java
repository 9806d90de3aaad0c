package vn.tochuc.task;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.platform.testing.PostgresTestDatabase;
import vn.tochuc.platform.testing.TestEvents;

/**
 * While the service's database is away, good events are applied once it is back (none dead-lettered) and API calls
 * get a clean 503 problem with Retry-After, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class DatabaseOutageTest {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void shouldApplyEveryEventOnceAfterTheDatabaseComesBackAndDeadLetterNone() throws InterruptedException {
        KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();
        List<UUID> units = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        String database = PostgresTestDatabase.nameIn(jdbcUrl);
        try {
            for (int i = 0; i < 40; i++) {
                if (i == 10) {
                    // some events applied, some in flight: the database goes away under the consumer
                    PostgresTestDatabase.refuseConnections(database);
                }
                UUID unit = UUID.randomUUID();
                String eventId = UUID.randomUUID().toString();
                units.add(unit);
                eventIds.add(eventId);
                kafka.publish("tochuc.org.unit", unit.toString(), TestEvents.orgUnitCreated(eventId, unit,
                        "Chi bộ " + i), TestEvents.HEADERS);
            }
            // An outage of about 12 s: far longer than the consumer's bounded retries of a failing event.
            Thread.sleep(12_000);
        } finally {
            PostgresTestDatabase.allowConnections(database);
        }

        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> appliedCount(units) == units.size());
        long inboxRows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_event where event_id in (?1)").setParameter(1, eventIds)
                .getSingleResult()).longValue());
        assertThat(inboxRows).as("each event recorded once in the inbox").isEqualTo(40);
        assertThat(kafka.readAll("tochuc.dlt.task-service", Duration.ofSeconds(3)))
                .as("no good event dead-lettered during the outage")
                .noneMatch(parked -> eventIds.stream().anyMatch(parked.value()::contains));
    }

    @Test
    void shouldAnswerACleanRetryableProblemWhileTheDatabaseIsAwayAndServeAgainAfter() {
        String database = PostgresTestDatabase.nameIn(jdbcUrl);
        try {
            PostgresTestDatabase.refuseConnections(database);
            given().get("/api/v1/source-documents").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("https://tochuc.vn/problems/database-unavailable"));
        } finally {
            PostgresTestDatabase.allowConnections(database);
        }
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() ->
                given().get("/api/v1/source-documents").then().statusCode(200));
    }

    private long appliedCount(List<UUID> units) {
        return QuarkusTransaction.requiringNew().call(() -> OrgUnitView.<OrgUnitView>list("id in ?1", units).size());
    }
}
