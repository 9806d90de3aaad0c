package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.RestrictedRead;
import vn.tochuc.platform.security.SignedInCaller;

/**
 * Records every read of restricted data in the reading request's transaction, so a read that is answered is a
 * read that is on record (ARCHITECTURE: "their reads are audited"). A page of a list is one statement.
 */
@ApplicationScoped
public class RestrictedReads {

    private final SignedInCaller caller;
    private final EntityManager em;

    RestrictedReads(SignedInCaller caller, EntityManager em) {
        this.caller = caller;
        this.em = em;
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
        em.createNativeQuery("""
                insert into restricted_read (person_id, kind, note_id, actor, roles, request_id)
                select person, ?2, ?3, ?4, ?5, ?6 from unnest(cast(?1 as uuid[])) as person""")
                .setParameter(1, personIds.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(2, kind.name())
                .setParameter(3, noteId)
                .setParameter(4, caller.subject())
                .setParameter(5, caller.roleNames())
                .setParameter(6, requestId)
                .executeUpdate();
    }
}
