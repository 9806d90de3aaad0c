package vn.tochuc.platform.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What a broker that enforces {@link EventOwnership} needs, for the broker the launcher starts and the one tests
 * start: SASL/SCRAM-SHA-512 settings, the users, their ACLs and the topics with their retention. The Kubernetes
 * manifests (deploy/k8s) say the same for Strimzi; a test compares them with this table.
 *
 * <p>Users: one per service (named like the service), {@value #ADMIN} (super user: the launcher, topic creation,
 * dead-letter replay, tests) and {@value #INTEGRATOR} (read-only, the topics meant for integrators).
 */
public final class BrokerAccess {

    public static final String ADMIN = "tochuc-admin";
    public static final String INTEGRATOR = "integrator";
    /** Consumer groups of integrators must start with it. */
    public static final String INTEGRATOR_GROUP_PREFIX = "integrator-";
    public static final String MECHANISM = "SCRAM-SHA-512";
    /** The listener clients and the broker itself use; the controller listener is another (SASL/PLAIN). */
    public static final String CLIENT_LISTENER = "BROKER";
    public static final String CONTROLLER_LISTENER = "CONTROLLER";

    private BrokerAccess() {
    }

    /** Every user the broker knows: the services, the administrator and the integrator. */
    public static List<String> users() {
        List<String> users = new ArrayList<>(EventOwnership.SERVICES.stream().map(EventOwnership.Service::name).toList());
        users.add(ADMIN);
        users.add(INTEGRATOR);
        return users;
    }

    /**
     * The ACLs of the services and the integrator (the administrator is a super user). A service writes only the
     * topics it owns and its dead-letter topic, reads only what it consumes, with its own consumer group; the
     * integrator reads the integrators' topics with groups named {@value #INTEGRATOR_GROUP_PREFIX}*.
     */
    public static List<AclBinding> acls() {
        List<AclBinding> acls = new ArrayList<>();
        for (EventOwnership.Service service : EventOwnership.SERVICES) {
            for (String topic : EventOwnership.writtenBy(service.name())) {
                acls.add(allow(service.name(), ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE));
                acls.add(allow(service.name(), ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
            }
            for (String topic : service.consumes()) {
                acls.add(allow(service.name(), ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
                acls.add(allow(service.name(), ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
            }
            // EventConsumer's group is the application name.
            acls.add(allow(service.name(), ResourceType.GROUP, service.name(), PatternType.LITERAL, AclOperation.READ));
        }
        for (String topic : EventOwnership.forIntegrators()) {
            acls.add(allow(INTEGRATOR, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
            acls.add(allow(INTEGRATOR, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
        }
        acls.add(allow(INTEGRATOR, ResourceType.GROUP, INTEGRATOR_GROUP_PREFIX, PatternType.PREFIXED, AclOperation.READ));
        return acls;
    }

    public static AclBinding allow(String user, ResourceType type, String name, PatternType pattern, AclOperation op) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + user, "*", op, AclPermissionType.ALLOW));
    }

    /** Every event topic and every service's dead-letter topic, with the retention the table gives. */
    public static List<NewTopic> topics() {
        List<NewTopic> topics = new ArrayList<>();
        for (EventOwnership.Topic topic : EventOwnership.TOPICS) {
            topics.add(new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(retention(topic.retention())));
        }
        for (EventOwnership.Service service : EventOwnership.SERVICES) {
            // Parked events wait for an operator however long that takes.
            topics.add(new NewTopic(service.deadLetterTopic(), 1, (short) 1)
                    .configs(retention(EventOwnership.Retention.KEEP_ALL)));
        }
        return topics;
    }

    /** The topic settings of a retention: nothing is ever deleted for its age or the topic's size. */
    public static Map<String, String> retention(EventOwnership.Retention retention) {
        Map<String, String> configs = new LinkedHashMap<>();
        if (retention == EventOwnership.Retention.COMPACT) {
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        } else {
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
            configs.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
        }
        configs.put(TopicConfig.RETENTION_BYTES_CONFIG, "-1");
        return configs;
    }

    /** A client's sign-in as one user over SASL/SCRAM-SHA-512 without TLS (loopback). */
    public static Map<String, Object> clientSignIn(String user, String password) {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        props.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
        props.put(SaslConfigs.SASL_JAAS_CONFIG, scramJaas(user, password));
        return props;
    }

    public static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /**
     * The broker settings for listeners {@value #CLIENT_LISTENER} (SASL/SCRAM-SHA-512, clients and the broker
     * itself as {@value #ADMIN}) and {@value #CONTROLLER_LISTENER} (SASL/PLAIN, the broker to its controller; SCRAM
     * cannot serve there, its credentials live in the metadata the controller serves), and the authorizer. The
     * SCRAM users are created when the storage is formatted ({@link #formatArguments}).
     */
    public static Map<String, String> brokerSettings(String host, int port, int controllerPort, String adminPassword) {
        Map<String, String> p = new LinkedHashMap<>();
        String listeners = CLIENT_LISTENER + "://" + host + ":" + port + "," + CONTROLLER_LISTENER + "://" + host + ":"
                + controllerPort;
        p.put("listeners", listeners);
        p.put("advertised.listeners", listeners);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", CLIENT_LISTENER);
        p.put("listener.security.protocol.map", CLIENT_LISTENER + ":SASL_PLAINTEXT," + CONTROLLER_LISTENER
                + ":SASL_PLAINTEXT");
        p.put("sasl.enabled.mechanisms", MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.broker.sasl.enabled.mechanisms", MECHANISM);
        p.put("listener.name.broker.scram-sha-512.sasl.jaas.config", scramJaas(ADMIN, adminPassword));
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                        + "\" password=\"" + adminPassword + "\" user_" + ADMIN + "=\"" + adminPassword + "\";");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + ADMIN);
        p.put("allow.everyone.if.no.acl.found", "false");
        return p;
    }

    /**
     * The StorageTool arguments that create the SCRAM users at format time (faster than creating them through
     * the admin API after start, and the broker needs {@value #ADMIN}'s credentials to talk to itself).
     *
     * @param passwords password of each user of {@link #users()}
     */
    public static List<String> formatArguments(Map<String, String> passwords) {
        List<String> args = new ArrayList<>();
        for (String user : users()) {
            String password = passwords.get(user);
            if (password == null) {
                throw new IllegalArgumentException("no Kafka password for user " + user);
            }
            args.add("--add-scram");
            args.add(MECHANISM + "=[name=" + user + ",password=" + password + "]");
        }
        return args;
    }
}
