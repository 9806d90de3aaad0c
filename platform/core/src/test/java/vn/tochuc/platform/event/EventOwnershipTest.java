package vn.tochuc.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventOwnershipTest {

    @Test
    void shouldAcceptAnEventFromTheOwnerOfItsTopic() {
        assertThat(EventOwnership.refusal("tochuc.org.unit", "/tochuc/org-service", "vn.tochuc.org.unit.moved.v1"))
                .isEmpty();
        assertThat(EventOwnership.refusal("tochuc.cadre.appointment", "/tochuc/cadre-service",
                "vn.tochuc.cadre.appointment.started.v1")).isEmpty();
    }

    @Test
    void shouldRefuseAnEventWhoseSourceIsNotTheOwner() {
        assertThat(EventOwnership.refusal("tochuc.org.unit", "/tochuc/cadre-service", "vn.tochuc.org.unit.moved.v1"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("owned by org-service",
                        "/tochuc/cadre-service"));
    }

    @Test
    void shouldRefuseAnOwnersTypeSentOnAnotherFamilysTopic() {
        // org-service may not slip a unit event onto the appointment topic, nor cadre-service the reverse.
        assertThat(EventOwnership.refusal("tochuc.cadre.appointment", "/tochuc/org-service",
                "vn.tochuc.org.unit.dissolved.v1")).hasValueSatisfying(reason -> assertThat(reason)
                .contains("does not belong on tochuc.cadre.appointment"));
    }

    @Test
    void shouldRefuseEventsFromATopicNotInTheTable() {
        assertThat(EventOwnership.refusal("tochuc.org.unit-copy", "/tochuc/org-service", "vn.tochuc.org.unit.moved.v1"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not in the event ownership table"));
    }

    @Test
    void shouldGiveEachTopicOneOwnerThatIsAKnownService() {
        assertThat(EventOwnership.TOPICS).allSatisfy(topic ->
                assertThat(EventOwnership.service(topic.owner())).as(topic.name()).isPresent());
        assertThat(EventOwnership.TOPICS.stream().map(EventOwnership.Topic::name).distinct())
                .hasSameSizeAs(EventOwnership.TOPICS);
    }

    @Test
    void shouldLetNoServiceWriteWhatAnotherOwns() {
        assertThat(EventOwnership.writtenBy("cadre-service")).contains("tochuc.cadre.appointment",
                "tochuc.dlt.cadre-service").doesNotContain("tochuc.org.unit", "tochuc.dlt.org-service");
    }
}
