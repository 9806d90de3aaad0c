package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.cadre.mapping.AppointmentMapper;
import vn.tochuc.cadre.repository.AppointmentChangeQueries;
import vn.tochuc.cadre.repository.AppointmentChangeQueries.PersonMove;
import vn.tochuc.cadre.rest.AppointmentChange;
import vn.tochuc.cadre.service.PersonChanges.Position;
import vn.tochuc.platform.orgscope.OrgScope;

/**
 * The mobile sync feed of appointments, under the scope rule of every list of appointments: the appointments of the
 * people whose records the caller's units manage ({@code ReachablePersons}). So an appointment changed since a time
 * is an UPSERT; when a person's record moves into the caller's units, each of their appointments is an UPSERT at the
 * time of the move, and when it moves out, a REMOVED tombstone. Appointments are never deleted. Two sources, one
 * order: (time, id), merged as the people's feed merges ({@link PersonChanges}).
 */
@ApplicationScoped
public class AppointmentChanges {

    private static final UUID NIL = new UUID(0, 0);
    // Ids compare as text: the order PostgreSQL gives uuids, unlike UUID.compareTo.
    private static final Comparator<AppointmentChange> ORDER =
            Comparator.comparing(AppointmentChange::changedAt).thenComparing(c -> c.id().toString());

    /** One page and, when more may follow, where the next starts. */
    public record Slice(List<AppointmentChange> changes, Position next) {
    }

    private final AppointmentChangeQueries queries;
    private final AppointmentMapper mapper;
    private final OrgScope scope;

    AppointmentChanges(AppointmentChangeQueries queries, AppointmentMapper mapper, OrgScope scope) {
        this.queries = queries;
        this.mapper = mapper;
        this.scope = scope;
    }

    public Slice after(OffsetDateTime since, Position after, int limit) {
        Position from = after != null ? after : new Position(since, NIL);
        List<Appointment> changed = queries.changed(since, after == null ? null : after.at(),
                after == null ? null : after.id(), limit + 1);
        List<AppointmentChange> changes = new ArrayList<>();
        changed.forEach(a -> changes.add(upsert(a, a.updatedAt)));
        // A source that filled its fetch may hold more before its last row is passed: merge only up to there.
        Position horizon = changed.size() > limit ? position(changed.get(changed.size() - 1)) : null;
        List<UUID> units = scope.unitsOrAll();
        if (units != null) {
            List<PersonMove> moves = queries.movesAcross(units, from.at(), from.id(), limit + 1);
            Map<UUID, Appointment> reachable = queries.reachable(moves.stream().filter(PersonMove::inward)
                    .map(PersonMove::appointmentId).collect(Collectors.toSet())).stream()
                    .collect(Collectors.toMap(a -> a.id, Function.identity()));
            for (PersonMove move : moves) {
                // A move in whose person has since left again is a removal too: that later move follows it anyway.
                Appointment now = move.inward() ? reachable.get(move.appointmentId()) : null;
                changes.add(now != null ? upsert(now, move.at())
                        : new AppointmentChange(move.appointmentId(), AppointmentChange.Kind.REMOVED, move.at(), null));
            }
            if (moves.size() > limit) {
                PersonMove last = moves.get(moves.size() - 1);
                horizon = earlier(horizon, new Position(last.at(), last.appointmentId()));
            }
        }
        Position end = horizon;
        List<AppointmentChange> page = changes.stream().sorted(ORDER)
                .filter(c -> end == null || !isAfter(position(c), end)).limit(limit).toList();
        if (page.size() == limit) {
            return new Slice(page, position(page.get(page.size() - 1)));
        }
        return new Slice(page, horizon);
    }

    private AppointmentChange upsert(Appointment a, OffsetDateTime at) {
        return new AppointmentChange(a.id, AppointmentChange.Kind.UPSERT, at, mapper.toResponse(a));
    }

    private static Position position(Appointment a) {
        return new Position(a.updatedAt, a.id);
    }

    private static Position position(AppointmentChange c) {
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
