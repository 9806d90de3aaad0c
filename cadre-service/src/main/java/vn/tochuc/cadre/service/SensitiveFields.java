package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.tochuc.cadre.domain.RestrictedRead;
import vn.tochuc.cadre.rest.PersonResponse;
import vn.tochuc.cadre.rest.PersonSummary;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.security.SignedInCaller;

/**
 * National ID, ethnicity, religion and family are shown only to roles that need them (Roles.SENSITIVE_READERS),
 * and each showing is recorded; everyone else gets them blank and named in {@code withheld}. The recording joins the
 * caller's transaction when there is one; a read outside any (a search) records in a statement committed on its own
 * ({@link RestrictedReads}) rather than opening a transaction for it.
 */
@ApplicationScoped
public class SensitiveFields {

    private final SignedInCaller caller;
    private final RestrictedReads reads;

    SensitiveFields(SignedInCaller caller, RestrictedReads reads) {
        this.caller = caller;
        this.reads = reads;
    }

    /**
     * A filter on a field withheld from the caller would disclose the field through which records match, so it is
     * refused (403) rather than answered. {@code filters} maps each query parameter that filters on a sensitive
     * field to the value sent (null or blank when absent); every such parameter of every list must be passed here.
     */
    public void requireFilterable(Map<String, String> filters) {
        if (caller.seesSensitiveFields()) {
            return;
        }
        List<String> given = filters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(Map.Entry::getKey).sorted().toList();
        if (!given.isEmpty()) {
            ProblemException refused = new ProblemException(403, "withheld-field-filter",
                    ProblemText.of("withheld-field-filter").with("fields", String.join(", ", given)));
            given.forEach(field -> refused.field(field, ProblemText.of("field.withheld-filter")));
            throw refused;
        }
    }

    /**
     * For a list whose page statement records its own reads (the person list, one round trip for the page and its
     * record): the reader to record, or empty when the caller does not see the fields. Hand the page to
     * {@link #shownAsRecorded} with the same value.
     */
    public Optional<RestrictedRead.Reader> readerToRecord(String requestId) {
        return caller.seesSensitiveFields()
                ? Optional.of(new RestrictedRead.Reader(caller.subject(), caller.roleNames(), requestId))
                : Optional.empty();
    }

    /** A page read with {@link #readerToRecord}: as read when it was recorded, the fields withheld otherwise. */
    public List<PersonSummary> shownAsRecorded(List<PersonSummary> people, Optional<RestrictedRead.Reader> reader) {
        return reader.isPresent() ? people : people.stream().map(PersonSummary::withoutSensitiveFields).toList();
    }

    /** False when the caller gets the sensitive fields blank, and so may not write them either. */
    public boolean seenByCaller() {
        return caller.seesSensitiveFields();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonResponse shown(PersonResponse person, String requestId) {
        if (!caller.seesSensitiveFields()) {
            return person.withoutSensitiveFields();
        }
        reads.sensitiveFields(List.of(person.id()), requestId);
        return person;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonSummary> shown(List<PersonSummary> people, String requestId) {
        return shown(people, PersonSummary::id, PersonSummary::withoutSensitiveFields, requestId);
    }

    /**
     * Any list whose items carry sensitive values of persons (an import's per-row report with its national IDs):
     * withheld from callers who do not see them, a recorded read for those who do. {@code personOf} may give null
     * for an item that belongs to no person on record.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> List<T> shown(List<T> items, Function<T, UUID> personOf, UnaryOperator<T> withheld,
            String requestId) {
        if (!caller.seesSensitiveFields()) {
            return items.stream().map(withheld).toList();
        }
        reads.sensitiveFields(items.stream().map(personOf).filter(Objects::nonNull).distinct().toList(), requestId);
        return items;
    }

    /**
     * The audit trail of a CV holds the old and new values of its sensitive fields: reading it is a recorded read,
     * like reading the CV. Only roles that see the fields reach the trail (PersonListResource).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void trailRead(UUID personId, String requestId) {
        reads.sensitiveFields(List.of(personId), requestId);
    }
}
