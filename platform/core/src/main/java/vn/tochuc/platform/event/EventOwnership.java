package vn.tochuc.platform.event;

import java.util.List;
import java.util.Optional;

/**
 * Who owns which event topic, who reads it, and how long the broker keeps it: the one table that consumers
 * ({@link RecordProcessor}), the launcher's broker (topics, users and ACLs), the test broker and the Kubernetes
 * manifests (checked by a test) all follow. A topic has exactly one writer, its owner; an event on it is accepted
 * only when its CloudEvents {@code source} is the owner's and its type belongs to the topic's family.
 *
 * <p>Plain Java with no dependencies beyond the JDK, so the launcher can use it without the rest of the platform.
 */
public final class EventOwnership {

    /** How the broker keeps a topic's records. */
    public enum Retention {
        /** Every record kept for ever (cleanup.policy=delete, retention.ms=-1, retention.bytes=-1). */
        KEEP_ALL,
        /** The latest record per key kept for ever (cleanup.policy=compact). */
        COMPACT
    }

    /**
     * An event topic.
     *
     * @param typePrefix every type on the topic starts with it, e.g. {@code vn.tochuc.org.unit.}
     * @param forIntegrators whether the integrators' read-only user may read it
     */
    public record Topic(String name, String owner, String typePrefix, int partitions, Retention retention,
            boolean forIntegrators) {
    }

    /**
     * A service that publishes and consumes events.
     *
     * @param consumes the topics it reads (its {@code tochuc.consumer.topics})
     */
    public record Service(String name, List<String> consumes) {

        /** The CloudEvents source its outbox writes (Outbox: "/tochuc/" + quarkus.application.name). */
        public String source() {
            return sourceOf(name);
        }

        /** Where its consumer parks what it cannot apply (DeadLetters' default). */
        public String deadLetterTopic() {
            return DEAD_LETTER_PREFIX + name;
        }
    }

    public static final String ORG_SERVICE = "org-service";
    public static final String CADRE_SERVICE = "cadre-service";
    public static final String TASK_SERVICE = "task-service";
    public static final String DEAD_LETTER_PREFIX = "tochuc.dlt.";

    /** Every event topic. Retention: see docs/decisions.md, "Events for late joiners". */
    public static final List<Topic> TOPICS = List.of(
            topic("tochuc.org.unit", ORG_SERVICE, "vn.tochuc.org.unit."),
            topic("tochuc.org.position", ORG_SERVICE, "vn.tochuc.org.position."),
            topic("tochuc.org.staffing-quota", ORG_SERVICE, "vn.tochuc.org.staffing-quota."),
            topic("tochuc.org.regulation", ORG_SERVICE, "vn.tochuc.org.regulation."),
            topic("tochuc.cadre.appointment", CADRE_SERVICE, "vn.tochuc.cadre.appointment."),
            topic("tochuc.cadre.member", CADRE_SERVICE, "vn.tochuc.cadre.member."),
            topic("tochuc.cadre.discipline", CADRE_SERVICE, "vn.tochuc.cadre.discipline."),
            topic("tochuc.cadre.planning", CADRE_SERVICE, "vn.tochuc.cadre.planning."),
            topic("tochuc.task.document", TASK_SERVICE, "vn.tochuc.task.document."),
            topic("tochuc.task.task", TASK_SERVICE, "vn.tochuc.task.task."),
            topic("tochuc.task.target", TASK_SERVICE, "vn.tochuc.task.target."),
            topic("tochuc.task.report", TASK_SERVICE, "vn.tochuc.task.report."),
            topic("tochuc.task.reminder", TASK_SERVICE, "vn.tochuc.task.reminder."),
            topic("tochuc.task.congress", TASK_SERVICE, "vn.tochuc.task.congress."),
            // rule versions added through each service's /api/v1/rules (platform-rules); few records, one partition
            ruleTopic("tochuc.org.rule", ORG_SERVICE),
            ruleTopic("tochuc.cadre.rule", CADRE_SERVICE),
            ruleTopic("tochuc.task.rule", TASK_SERVICE));

    /** Every service that takes part in events, with what it consumes. */
    public static final List<Service> SERVICES = List.of(
            new Service(ORG_SERVICE, List.of("tochuc.cadre.appointment")),
            new Service(CADRE_SERVICE, List.of("tochuc.org.unit", "tochuc.org.position")),
            new Service(TASK_SERVICE, List.of("tochuc.org.unit", "tochuc.cadre.appointment", "tochuc.cadre.discipline",
                    "tochuc.cadre.member")));

    private EventOwnership() {
    }

    private static Topic topic(String name, String owner, String typePrefix) {
        // Every event is a fact of an effective-dated history: none is a full state that a later one replaces.
        return new Topic(name, owner, typePrefix, 3, Retention.KEEP_ALL, true);
    }

    private static Topic ruleTopic(String name, String owner) {
        return new Topic(name, owner, "vn.tochuc.rule.", 1, Retention.KEEP_ALL, true);
    }

    public static String sourceOf(String service) {
        return "/tochuc/" + service;
    }

    public static Optional<Topic> topic(String name) {
        return TOPICS.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static Optional<Service> service(String name) {
        return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The topics a service writes: the ones it owns and its dead-letter topic. */
    public static List<String> writtenBy(String service) {
        List<String> owned = TOPICS.stream().filter(t -> t.owner().equals(service)).map(Topic::name).toList();
        return java.util.stream.Stream.concat(owned.stream(), java.util.stream.Stream.of(DEAD_LETTER_PREFIX + service))
                .toList();
    }

    /** The topics an integrator's read-only user may read. */
    public static List<String> forIntegrators() {
        return TOPICS.stream().filter(Topic::forIntegrators).map(Topic::name).toList();
    }

    /**
     * Why an event read from a topic must not be applied, or empty when its owner sent it.
     *
     * @return a reason fit for the dead-letter header: what was wrong and who may send the type
     */
    public static Optional<String> refusal(String topicName, String source, String type) {
        Optional<Topic> known = topic(topicName);
        if (known.isEmpty()) {
            return Optional.of("Topic " + topicName + " is not in the event ownership table (EventOwnership); "
                    + "no event read from it is trusted");
        }
        Topic topic = known.get();
        if (type == null || !type.startsWith(topic.typePrefix())) {
            return Optional.of("Event type " + type + " does not belong on " + topicName + ", which carries only "
                    + topic.typePrefix() + "* events");
        }
        String expected = sourceOf(topic.owner());
        if (!expected.equals(source)) {
            return Optional.of("Event type " + type + " is owned by " + topic.owner() + " (source " + expected
                    + ") but this one claims source " + source + "; refused as not from its owner");
        }
        return Optional.empty();
    }
}
