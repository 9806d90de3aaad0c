package vn.tochuc.deploy;

/** A Kafka topic the suite needs before its services start. */
public record TopicSpec(String name, int partitions) {
}
