package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.tochuc.org.domain.Decision;
import vn.tochuc.org.domain.Position;
import vn.tochuc.org.domain.PositionTitle;
import vn.tochuc.org.domain.PositionVersion;
import vn.tochuc.org.event.PositionEvents;
import vn.tochuc.platform.event.Outbox;

/**
 * The only writer of positions: creates them, starts new versions of their seats and managing body, ends them,
 * and publishes the event of each change in the same transaction. Callers validate first.
 */
@ApplicationScoped
public class PositionChanges {

    public static final String ENDED = "ENDED";
    public static final String UNIT_CEASED = "UNIT_CEASED";

    private final Outbox outbox;

    PositionChanges(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Position create(UUID orgUnitId, String titleCode, int seats, String managingBody, LocalDate validFrom,
            Decision decision) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Position position = new Position();
        position.id = UUID.randomUUID();
        position.orgUnitId = orgUnitId;
        position.titleCode = titleCode;
        position.validFrom = validFrom;
        position.status = Position.ACTIVE;
        position.createdAt = now;
        position.updatedAt = now;
        position.persist();
        PositionVersion version = version(position.id, validFrom, seats, managingBody, decision, "CREATED");
        version.persist();
        publish(PositionEvents.CREATED_V1, position, validFrom, decision, null, state(version, Position.ACTIVE));
        return position;
    }

    /** Closes the version in effect on {@code date} and starts one with the new seats and managing body. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PositionVersion change(Position position, LocalDate date, Integer seats, String managingBody,
            Decision decision) {
        PositionVersion previous = PositionVersion.on(position.id, date).orElseThrow();
        PositionVersion next = version(position.id, date, seats == null ? previous.seats : seats,
                managingBody == null ? previous.managingBody : managingBody, decision, "CHANGED");
        previous.validTo = date;
        // Close the old version before the new one exists: the no-overlap constraint is checked per statement.
        PositionVersion.getEntityManager().flush();
        next.persist();
        touch(position);
        publish(PositionEvents.CHANGED_V1, position, date, decision, state(previous, Position.ACTIVE),
                state(next, Position.ACTIVE));
        return next;
    }

    /**
     * Ends the position on {@code date}. A version (or the position itself) that would only have started on or
     * after that day is closed on its own start, so it is kept on record but was never in effect.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(Position position, LocalDate date, String reason, Decision decision) {
        PositionVersion last = null;
        for (PositionVersion version : PositionVersion.history(position.id)) {
            if (version.validTo == null || version.validTo.isAfter(date)) {
                version.validTo = version.validFrom.isBefore(date) ? date : version.validFrom;
            }
            if (last == null || version.validFrom.isBefore(date)) {
                last = version;
            }
        }
        position.validTo = position.validFrom.isBefore(date) ? date : position.validFrom;
        position.status = Position.ENDED;
        position.endReason = reason;
        touch(position);
        publish(PositionEvents.ENDED_V1, position, date, decision, state(last, Position.ACTIVE),
                state(last, Position.ENDED));
    }

    /** A unit that ceases takes its open positions with it, on the same day and in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endOpenPositionsOf(UUID orgUnitId, LocalDate date, Decision decision) {
        for (Position position : Position.openIn(orgUnitId)) {
            end(position, date, UNIT_CEASED, decision);
        }
    }

    private void publish(String type, Position position, LocalDate date, Decision decision,
            PositionEvents.State previous, PositionEvents.State current) {
        PositionTitle title = PositionTitle.findById(position.titleCode);
        outbox.publish(PositionEvents.TOPIC, position.id.toString(), type, new PositionEvents.PositionV1(position.id,
                position.orgUnitId, position.titleCode, title.nameVi, date, decision, previous, current,
                position.endReason));
    }

    private static PositionEvents.State state(PositionVersion version, String status) {
        return new PositionEvents.State(version.seats, version.managingBody, status);
    }

    private static void touch(Position position) {
        // Raises the position's version, so an ETag read before this change goes stale.
        position.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static PositionVersion version(UUID positionId, LocalDate from, int seats, String managingBody,
            Decision decision, String change) {
        PositionVersion version = new PositionVersion();
        version.id = UUID.randomUUID();
        version.positionId = positionId;
        version.validFrom = from;
        version.seats = seats;
        version.managingBody = managingBody.strip();
        if (decision != null) {
            version.decisionNumber = decision.number();
            version.decisionDate = decision.date();
            version.decisionIssuer = decision.issuer();
        }
        version.change = change;
        version.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return version;
    }
}
