package vn.tochuc.cadre.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.Session;
import vn.tochuc.cadre.domain.RestrictedRead;
import vn.tochuc.platform.security.SignedInCaller;

/**
 * Records every read of restricted data before the read is answered, so a read that is answered is a read that is
 * on record (ARCHITECTURE: "their reads are audited"). A page of a list is one statement. Within a transaction the
 * rows are written in it (and committed with it); a read that runs in none (a search) writes them as one statement
 * committed on its own, which returns only once PostgreSQL has committed it: one round trip instead of a
 * transaction's two (the insert, then COMMIT), and as durable. The person list goes one step further: its page's
 * own statement records the read ({@link RestrictedRead.Reader}, SensitiveFields#readerToRecord).
 */
@ApplicationScoped
public class RestrictedReads {

    private static final String INSERT = RestrictedRead.INSERT_INTO
            + " select person, ?, ?, ?, ?, ? from unnest(cast(? as uuid[])) as person";

    private final SignedInCaller caller;
    private final EntityManager em;
    private final DataSource dataSource;

    RestrictedReads(SignedInCaller caller, EntityManager em, DataSource dataSource) {
        this.caller = caller;
        this.em = em;
        this.dataSource = dataSource;
    }

    public void sensitiveFields(Collection<UUID> personIds, String requestId) {
        record(personIds, RestrictedRead.Kind.SENSITIVE_FIELDS, null, requestId);
    }

    public void protectionNotes(UUID personId, Collection<UUID> noteIds, String requestId) {
        noteIds.forEach(note -> record(List.of(personId), RestrictedRead.Kind.PROTECTION_NOTE, note,
                requestId));
    }

    private void record(Collection<UUID> personIds, RestrictedRead.Kind kind, UUID noteId, String requestId) {
        if (personIds.isEmpty()) {
            return;
        }
        String[] persons = personIds.stream().map(UUID::toString).toArray(String[]::new);
        if (QuarkusTransaction.isActive()) {
            // In the transaction, after Hibernate's flush: a person created in it is in the table before its read.
            em.flush();
            em.unwrap(Session.class).doWork(connection -> insert(connection, persons, kind, noteId, requestId));
            return;
        }
        // No transaction: the pool's connection commits each statement (autocommit), before executeUpdate returns.
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, persons, kind, noteId, requestId);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the restricted read of " + personIds.size()
                    + " persons (" + kind + "); the read is not answered", e);
        }
    }

    private void insert(Connection connection, String[] persons, RestrictedRead.Kind kind, UUID noteId,
            String requestId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, kind.name());
            insert.setObject(2, noteId, Types.OTHER);
            insert.setString(3, caller.subject());
            insert.setString(4, caller.roleNames());
            insert.setString(5, requestId);
            insert.setArray(6, connection.createArrayOf("text", persons));
            insert.executeUpdate();
        }
    }
}
