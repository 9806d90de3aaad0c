package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.platform.persistence.Filters;

/**
 * The ways in to a membership other than its id: from a person (the CV names no membership id), and the list of
 * probationary members whose 12 months end in a window, which a cell works through to recognise full members.
 */
@ApplicationScoped
public class MembershipLists {

    /** A membership with its person's name, as a list shows it. */
    public record Named(PartyMembership membership, String personName) {
    }

    private final PersonAccess access;
    private final PersonMapper persons;

    MembershipLists(PersonAccess access, PersonMapper persons) {
        this.access = access;
        this.persons = persons;
    }

    /** Every membership the person has had, newest first; the person must be within the caller's scope. */
    public List<Named> ofPerson(UUID personId) {
        Person person = access.require(personId);
        String name = persons.toSummary(person).fullName();
        return PartyMembership.<PartyMembership>list("personId = ?1 order by admittedOn desc, id", personId).stream()
                .map(m -> new Named(m, name)).toList();
    }

    /**
     * Each person's membership as a CV or a person list shows it: the one not left, else the newest (a person who
     * left and was admitted again has two). Persons never admitted are absent. One query for a page of persons.
     */
    public Map<UUID, PartyMembership> currentOf(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, PartyMembership> current = new HashMap<>();
        // The cells come in the same statement and so into the session, where the summary's lookup of each cell's
        // name (MembershipMapper) finds them without a statement per cell: a page spanning 30 cells was 30 more
        // round trips to PostgreSQL, and even one cell is one more.
        for (Object[] row : PartyMembership.getEntityManager().createQuery("select m, c from PartyMembership m "
                + "left join OrgUnitView c on c.id = m.cellId where m.personId in ?1 order by m.admittedOn desc, m.id",
                Object[].class).setParameter(1, personIds).getResultList()) {
            PartyMembership m = (PartyMembership) row[0];
            current.merge(m.personId, m, (kept, other) -> kept.stage == MembershipStage.LEFT
                    && other.stage != MembershipStage.LEFT ? other : kept);
        }
        return current;
    }

    /**
     * Probationary members of the cells given whose full membership falls due from {@code from} to {@code until},
     * earliest first; keyset-paged after ({@code afterDue}, {@code afterId}).
     */
    public List<Named> dueForRecognition(List<UUID> cells, LocalDate from, LocalDate until, LocalDate afterDue,
            UUID afterId, int rows) {
        Filters filters = new Filters()
                .and("stage = :stage", "stage", MembershipStage.PROBATIONARY)
                .and("fullMembershipDueOn <= :until", "until", until)
                .and("fullMembershipDueOn >= :from", "from", from)
                .and("cellId in :cells", "cells", cells)
                .after("fullMembershipDueOn", afterDue, afterId);
        List<PartyMembership> found = PartyMembership.<PartyMembership>find(filters.orderedBy("fullMembershipDueOn"),
                filters.params()).page(0, rows).list();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = Person.<Person>list("id in ?1", found.stream().map(m -> m.personId).toList())
                .stream().collect(Collectors.toMap(p -> p.id, p -> persons.toSummary(p).fullName(), (a, b) -> a));
        return found.stream().map(m -> new Named(m, names.getOrDefault(m.personId, ""))).toList();
    }
}
