package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartyActivity;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.event.MemberEvents;
import vn.tochuc.cadre.mapping.MembershipMapper;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.rest.AdmissionRequest;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.persistence.CopyIn;
import vn.tochuc.platform.rules.Rules;

/**
 * The membership an admission creates: one definition of the row for {@link MembershipService#admit} and for the
 * admissions an import writes in bulk. The bulk path's history rows and events are built with the same mapper
 * calls as the service's {@code finish}; only their inserts differ (COPY instead of one entity each).
 */
@ApplicationScoped
public class Admissions {

    static final String STEP = "ADMITTED";

    private final MembershipMapper mapper;
    private final PersonMapper persons;
    private final Outbox outbox;
    private final EntityManager em;
    private final Rules rules;

    Admissions(MembershipMapper mapper, PersonMapper persons, Outbox outbox, EntityManager em, Rules rules) {
        this.rules = rules;
        this.mapper = mapper;
        this.persons = persons;
        this.outbox = outbox;
        this.em = em;
    }

    /**
     * The day a member admitted on {@code admittedOn} becomes full if the cell recognises them: the probation of the
     * rule cadre.full-membership in force on the admission day, counted from the admission ceremony.
     */
    public LocalDate fullMembershipOn(LocalDate admittedOn) {
        int months = rules.read(FULL_MEMBERSHIP_RULE, admittedOn, FullMembership.class).values().probationaryMonths();
        return admittedOn.plusMonths(months);
    }

    /** The values of cadre.full-membership. */
    public record FullMembership(int probationaryMonths) {
    }

    public static final String FULL_MEMBERSHIP_RULE = "cadre.full-membership";

    /** The row of a checked admission, not yet persisted nor timestamped. */
    public PartyMembership newMembership(AdmissionRequest r) {
        PartyMembership m = new PartyMembership();
        m.id = UUID.randomUUID();
        m.personId = r.personId();
        m.recordNumber = r.recordNumber();
        m.admittedOn = r.admittedOn();
        m.admissionCellId = r.cellId();
        m.sponsors = mapper.write(r.sponsors());
        m.admissionDecision = mapper.write(r.decision());
        m.fullMembershipDueOn = fullMembershipOn(r.admittedOn());
        m.stage = MembershipStage.PROBATIONARY;
        m.activity = PartyActivity.ACTIVE;
        m.cellId = r.cellId();
        return m;
    }

    /**
     * Admissions of persons created in this transaction, each checked with
     * {@link MembershipRules#admissible(AdmissionRequest, Person)} ({@code created}: those persons by id): the
     * rows, history rows and events that {@link MembershipService#admit} writes, each kind with one COPY.
     *
     * @return each person's new membership id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, UUID> admitAll(List<AdmissionRequest> checked, Map<UUID, Person> created, Caller caller) {
        Map<UUID, UUID> admitted = new LinkedHashMap<>();
        if (checked.isEmpty()) {
            return admitted;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<PartyMembership> rows = new ArrayList<>(checked.size());
        List<Outbox.Pending> events = new ArrayList<>(checked.size());
        // COPY, not Hibernate's insert: the entity's own columns and values (PartyMembership#columnValues).
        CopyIn memberships = CopyIn.into("party_membership", PartyMembership.COLUMNS);
        for (AdmissionRequest r : checked) {
            PartyMembership m = newMembership(r);
            m.createdAt = now;
            m.updatedAt = now;
            memberships.row(m.columnValues());
            rows.add(m);
            admitted.put(r.personId(), m.id);
            // The person was created in this transaction (by COPY, outside the session): named from the caller's row.
            String name = persons.toSummary(created.get(m.personId)).fullName();
            events.add(new Outbox.Pending(MemberEvents.TOPIC, m.id.toString(), MemberEvents.ADMITTED_V1,
                    mapper.toEvent(m, name, r.admittedOn(), r.decision(), null, null, null)));
        }
        PartyMembership.flush(); // whatever the session holds goes before, as it would with persist
        memberships.write(em);
        CopyIn history = CopyIn.into("party_membership_history", "membership_id", "step", "effective_on", "details",
                "actor", "request_id", "at");
        for (int i = 0; i < rows.size(); i++) {
            history.row(rows.get(i).id, STEP, rows.get(i).admittedOn, mapper.write(checked.get(i)), caller.actor(),
                    caller.requestId(), now);
        }
        history.write(em);
        outbox.publishAll(events);
        return admitted;
    }
}
