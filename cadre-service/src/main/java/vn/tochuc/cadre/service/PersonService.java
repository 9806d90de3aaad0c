package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.PartialDate;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.PersonAudit;
import vn.tochuc.cadre.mapping.MembershipMapper;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.repository.ListedPerson;
import vn.tochuc.cadre.rest.PersonRequest;
import vn.tochuc.cadre.rest.PersonResponse;
import vn.tochuc.cadre.rest.PersonSummary;
import vn.tochuc.cadre.rest.Warning;
import vn.tochuc.platform.persistence.CopyIn;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.EntityVersions;

/** Creating, reading and correcting CVs; every change is audited in its own transaction. Nothing is deleted. */
@ApplicationScoped
public class PersonService {

    private final PersonRules rules;
    private final PersonMapper mapper;
    private final AuditTrail audit;
    private final PersonAccess access;

    private final MembershipLists memberships;
    private final MembershipMapper membershipMapper;

    PersonService(PersonRules rules, PersonMapper mapper, AuditTrail audit, PersonAccess access,
            MembershipLists memberships, MembershipMapper membershipMapper) {
        this.memberships = memberships;
        this.membershipMapper = membershipMapper;
        this.access = access;
        this.rules = rules;
        this.mapper = mapper;
        this.audit = audit;
    }

    @Transactional
    public PersonResponse create(PersonRequest request, Caller caller) {
        access.requireUnit("currentOrgUnitId", request.currentOrgUnitId());
        PartialDate born = rules.check(request);
        requireFreeNationalId(request.nationalId(), null);
        Person person = newPerson(request, born);
        person.persist();
        Person.flush();
        audit.record(person.id, "CREATED", caller, null, mapper.toRequest(person));
        return mapper.toResponse(person, possibleDuplicates(person));
    }

    /** The row a checked request creates, not yet persisted; {@code born} is what the rules returned for it. */
    public Person newPerson(PersonRequest request, PartialDate born) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        mapper.apply(request, born, person);
        person.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        person.updatedAt = person.createdAt;
        return person;
    }

    /**
     * Persons from {@link #newPerson} of requests that passed the rules and whose national IDs the caller found
     * free, with their audit rows: what {@link #create} writes, the persons and the audit rows each with one COPY.
     * No namesake warnings: nobody reads them here. A national ID taken meanwhile fails the unique index, and
     * with it the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createAll(List<Person> checked, Caller caller) {
        if (checked.isEmpty()) {
            return;
        }
        // COPY, not Hibernate's insert: the rows are the entity's own columns and values (Person#columnValues).
        // The persons stay out of the session; nothing later in the transaction changes them.
        CopyIn rows = CopyIn.into("person", Person.COLUMNS);
        checked.forEach(person -> rows.row(person.columnValues()));
        Person.flush(); // whatever the session holds goes before, as it would with persist
        rows.write(Person.getEntityManager());
        Map<UUID, PersonRequest> created = new LinkedHashMap<>();
        checked.forEach(person -> created.put(person.id, mapper.toRequest(person)));
        audit.recordCreations(created, caller);
    }

    /** An update by a caller who sees every field, such as an import of a file that holds them all. */
    @Transactional
    public PersonResponse update(UUID id, PersonRequest request, String ifMatch, Caller caller) {
        return update(id, request, ifMatch, caller, true);
    }

    /**
     * Replaces the CV. A caller who is not shown the sensitive fields sent them back blank, as it read them: they
     * keep their stored values, and a value for one of them is refused, since the caller cannot see what it
     * would overwrite.
     */
    @Transactional
    public PersonResponse update(UUID id, PersonRequest sent, String ifMatch, Caller caller,
            boolean seesSensitiveFields) {
        Person person = require(id);
        EntityVersions.requireMatch(ifMatch, person.version);
        PersonRequest before = mapper.toRequest(person);
        PersonRequest request = seesSensitiveFields ? sent : keepingWithheldFields(sent, before);
        access.requireUnit("currentOrgUnitId", request.currentOrgUnitId());
        PartialDate born = rules.check(request);
        requireFreeNationalId(request.nationalId(), id);
        mapper.apply(request, born, person);
        if (audit.record(id, "UPDATED", caller, before, mapper.toRequest(person))) {
            person.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        Person.flush(); // raises the version when something changed, so the answer carries the new ETag
        PartyMembership membership = memberships.currentOf(List.of(id)).get(id);
        PersonResponse cv = mapper.toResponse(person, possibleDuplicates(person));
        return membership == null ? cv : cv.withMembership(membershipMapper.toSummary(membership));
    }

    public Person require(UUID id) {
        return access.require(id);
    }

    /** The CV with the person's membership in brief (the way from a CV to the membership). */
    public PersonResponse get(UUID id) {
        Person person = require(id);
        PartyMembership membership = memberships.currentOf(List.of(id)).get(id);
        PersonResponse cv = mapper.toResponse(person, List.of());
        return membership == null ? cv : cv.withMembership(membershipMapper.toSummary(membership));
    }

    /** List items with each person's membership in brief, as the page's one statement read them. */
    public List<PersonSummary> summaries(List<ListedPerson> page) {
        return page.stream().map(p -> {
            PersonSummary item = mapper.toSummary(p);
            return p.membership() == null ? item : item.withMembership(membershipMapper.toSummary(p.membership()));
        }).toList();
    }

    public List<PersonAudit> auditOf(UUID id) {
        require(id);
        return PersonAudit.of(id);
    }

    private static PersonRequest keepingWithheldFields(PersonRequest sent, PersonRequest stored) {
        List<String> given = sent.sensitiveFieldsGiven();
        if (!given.isEmpty()) {
            ProblemException refused = new ProblemException(403, "withheld-field", ProblemText.of("withheld-field")
                    .with("fields", String.join(", ", given)));
            given.forEach(field -> refused.field(field, ProblemText.of("field.withheld")));
            throw refused;
        }
        return sent.withSensitiveFieldsOf(stored);
    }

    /**
     * One national ID is one person: a second record with it is refused. The first is named only when the caller
     * may reach it; otherwise the answer says no more than that it exists elsewhere, so the refusal still prevents
     * the duplicate without telling a unit officer who is on record in another district, or where.
     */
    private void requireFreeNationalId(String nationalId, UUID self) {
        if (nationalId == null || nationalId.isBlank()) {
            return;
        }
        Person holder = Person.<Person>find("nationalId", nationalId.strip()).firstResult();
        if (holder == null || holder.id.equals(self)) {
            return;
        }
        if (access.find(holder.id) != null) {
            throw ProblemException.conflict("duplicate-national-id", "National ID " + nationalId + " already "
                    + "belongs to person " + holder.id + "; update that record instead of creating another.");
        }
        throw ProblemException.conflict("duplicate-national-id", "A record with this national ID already exists "
                + "outside the org units you act for; ask the provincial Organization Board to move it to your unit "
                + "instead of creating another.");
    }

    /**
     * Same birth name (ignoring case and diacritics) and a date of birth that can be the same day: maybe the same
     * person entered twice, maybe namesakes. The record is kept, and the caller is told which one to compare.
     */
    private List<Warning> possibleDuplicates(Person p) {
        List<Person> namesakes = Person.list("birthNameKey = ?1 and birthYear = ?2 and id <> ?3",
                p.birthNameKey, p.birthYear, p.id);
        // Namesakes outside the caller's org units go unmentioned: a warning would disclose that they exist and
        // when they were born. The national ID, not the name, is what stops a true duplicate.
        return namesakes.stream().filter(o -> access.find(o.id) != null)
                .filter(o -> compatible(o.birthMonth, p.birthMonth) && compatible(o.birthDay, p.birthDay))
                .map(o -> new Warning("possible-duplicate", "Person " + o.id + " has the same name and date of "
                        + "birth (" + o.dateOfBirth() + "); check that this is not the same person.", o.id))
                .toList();
    }

    private static boolean compatible(Integer a, Integer b) {
        return a == null || b == null || a.equals(b);
    }
}
