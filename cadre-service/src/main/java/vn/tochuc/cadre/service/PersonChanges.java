package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.repository.PersonChangeQueries.UnitMove;
import vn.tochuc.cadre.repository.PersonChangeQueries;
import vn.tochuc.cadre.rest.PersonChange;
import vn.tochuc.platform.orgscope.OrgScope;

/**
 * The mobile sync feed of people: every CV in the caller's units changed since a time, and a REMOVED tombstone for
 * each record that left those units (its managing unit moved outside them). Nothing is deleted, so leaving the
 * caller's units is the only way a record disappears from a device. Two sources, one order: (time, id).
 */
@ApplicationScoped
public class PersonChanges {

    private static final UUID NIL = new UUID(0, 0);
    // Ids compare as text: the order PostgreSQL gives uuids, unlike UUID.compareTo.
    private static final Comparator<PersonChange> ORDER =
            Comparator.comparing(PersonChange::changedAt).thenComparing(c -> c.id().toString());

    /** A keyset position in the feed. */
    public record Position(OffsetDateTime at, UUID id) {
    }

    /** One page and, when more may follow, where the next starts. */
    public record Slice(List<PersonChange> changes, Position next) {
    }

    private final PersonChangeQueries queries;
    private final PersonMapper mapper;
    private final OrgScope scope;

    PersonChanges(PersonChangeQueries queries, PersonMapper mapper, OrgScope scope) {
        this.queries = queries;
        this.mapper = mapper;
        this.scope = scope;
    }

    public Slice after(OffsetDateTime since, Position after, int limit) {
        Position from = after != null ? after : new Position(since, NIL);
        List<UUID> units = scope.unitsOrAll();
        List<Person> people = queries.changed(since, units, after == null ? null : after.at(),
                after == null ? null : after.id(), limit + 1);
        List<PersonChange> changes = new ArrayList<>();
        people.forEach(p -> changes.add(new PersonChange(p.id, PersonChange.Kind.UPSERT, p.updatedAt,
                mapper.toSummary(p))));
        // A source that filled its fetch may hold more before its last row is passed: merge only up to there.
        Position horizon = people.size() > limit ? position(people.get(people.size() - 1)) : null;
        if (units != null) {
            List<UnitMove> moves = queries.movesOutOf(units, from.at(), from.id(), limit + 1);
            moves.forEach(m -> changes.add(new PersonChange(m.personId(), PersonChange.Kind.REMOVED, m.at(), null)));
            if (moves.size() > limit) {
                UnitMove last = moves.get(moves.size() - 1);
                horizon = earlier(horizon, new Position(last.at(), last.personId()));
            }
        }
        Position end = horizon;
        List<PersonChange> page = changes.stream().sorted(ORDER)
                .filter(c -> end == null || !isAfter(position(c), end)).limit(limit).toList();
        if (page.size() == limit) {
            return new Slice(page, position(page.get(page.size() - 1)));
        }
        return new Slice(page, horizon);
    }

    private static Position position(Person p) {
        return new Position(p.updatedAt, p.id);
    }

    private static Position position(PersonChange c) {
        return new Position(c.changedAt(), c.id());
    }

    private static boolean isAfter(Position a, Position b) {
        int byTime = a.at().compareTo(b.at());
        return byTime > 0 || (byTime == 0 && a.id().toString().compareTo(b.id().toString()) > 0);
    }

    private static Position earlier(Position a, Position b) {
        return a == null || isAfter(a, b) ? b : a;
    }
}
