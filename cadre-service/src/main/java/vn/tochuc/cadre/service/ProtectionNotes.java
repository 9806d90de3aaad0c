package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.ProtectionNote;
import vn.tochuc.cadre.rest.ProtectionNoteRequest;
import vn.tochuc.cadre.rest.ProtectionNoteResponse;
import vn.tochuc.cadre.rest.ProtectionNoteWithdrawal;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;

/**
 * Political-protection notes: recorded, read and withdrawn, never deleted. Each read is recorded in the reading
 * transaction. No event carries them: events are readable by integrators, notes are not.
 */
@ApplicationScoped
public class ProtectionNotes {

    private final PersonAccess access;
    private final RestrictedReads reads;

    ProtectionNotes(PersonAccess access, RestrictedReads reads) {
        this.access = access;
        this.reads = reads;
    }

    @Transactional
    public ProtectionNoteResponse record(ProtectionNoteRequest r, Caller caller) {
        if (access.find(r.personId()) == null) {
            throw new ProblemException(422, "unknown-reference", "No person has id " + r.personId() + "; record "
                    + "the CV first (POST /api/v1/persons).");
        }
        ProtectionNote note = new ProtectionNote();
        note.id = UUID.randomUUID();
        note.personId = r.personId();
        note.category = r.category();
        note.content = r.content();
        note.source = r.source();
        note.recordedOn = r.recordedOn();
        note.createdBy = caller.actor();
        note.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        note.updatedBy = note.createdBy;
        note.updatedAt = note.createdAt;
        note.requestId = caller.requestId();
        note.persist();
        ProtectionNote.flush();
        return ProtectionNoteResponse.of(note);
    }

    @Transactional
    public ProtectionNoteResponse read(UUID id, String requestId) {
        ProtectionNote note = find(id);
        reads.protectionNotes(note.personId, List.of(note.id), requestId);
        return ProtectionNoteResponse.of(note);
    }

    /** The note's version, for a conditional read; reading it discloses nothing, so it is not recorded. */
    public long version(UUID id) {
        return find(id).version;
    }

    @Transactional
    public List<ProtectionNoteResponse> readAllOf(UUID personId, String requestId) {
        access.require(personId);
        List<ProtectionNote> notes = ProtectionNote.list("personId = ?1 order by recordedOn, id", personId);
        reads.protectionNotes(personId, notes.stream().map(n -> n.id).toList(), requestId);
        return notes.stream().map(ProtectionNoteResponse::of).toList();
    }

    @Transactional
    public ProtectionNoteResponse withdraw(UUID id, ProtectionNoteWithdrawal r, String ifMatch, Caller caller) {
        ProtectionNote note = find(id);
        EntityVersions.requireMatch(ifMatch, note.version);
        if (note.status == ProtectionNote.Status.WITHDRAWN) {
            throw ProblemException.conflict("already-withdrawn", "The note was withdrawn on " + note.updatedAt
                    + " by " + note.updatedBy + "; a withdrawn note stays as it is.");
        }
        note.status = ProtectionNote.Status.WITHDRAWN;
        note.withdrawnReason = r.reason();
        note.updatedBy = caller.actor();
        note.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        ProtectionNote.flush();
        return ProtectionNoteResponse.of(note);
    }

    private ProtectionNote find(UUID id) {
        return access.reachable(ProtectionNote.<ProtectionNote>findByIdOptional(id), n -> n.personId,
                "protection note", id);
    }
}
