package vn.tochuc.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Values of a native query's result row, as Java types: the JDBC driver and Hibernate hand back a uuid or a
 * timestamptz column as different classes depending on the query and version.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    /** A timestamptz column, in UTC. */
    public static OffsetDateTime time(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        Instant instant = value instanceof Timestamp ts ? ts.toInstant() : (Instant) value;
        return instant.atOffset(ZoneOffset.UTC);
    }
}
