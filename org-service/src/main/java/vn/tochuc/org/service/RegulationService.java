package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.org.domain.Regulation;
import vn.tochuc.org.event.OrgStructureEvents;
import vn.tochuc.org.rest.RegulationBody;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.EntityVersions;

/** Regulations are issued, replaced by newer ones or repealed; none is deleted. */
@ApplicationScoped
public class RegulationService {

    private final Outbox outbox;
    private final StructureRules rules;

    RegulationService(Outbox outbox, StructureRules rules) {
        this.outbox = outbox;
        this.rules = rules;
    }

    @Transactional
    public Regulation issue(RegulationBody body) {
        if (body.effectiveFrom().isBefore(body.issuedOn())) {
            throw ProblemException.invalid("effectiveFrom", ProblemText.of("field.before-issued")
                    .with("date", body.issuedOn()));
        }
        rules.requirePlausibleDate("issuedOn", body.issuedOn());
        rules.requireExistingOn("orgUnitId", body.orgUnitId(), body.effectiveFrom());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (body.replacesId() != null) {
            replace(body, now);
        }
        Regulation regulation = new Regulation();
        regulation.id = UUID.randomUUID();
        regulation.unitId = body.orgUnitId();
        regulation.type = body.type();
        regulation.number = body.number().strip();
        regulation.title = body.title().strip();
        regulation.issuer = body.issuer() == null || body.issuer().isBlank() ? null : body.issuer().strip();
        regulation.issuedOn = body.issuedOn();
        regulation.effectiveFrom = body.effectiveFrom();
        regulation.status = Regulation.IN_FORCE;
        regulation.replacesId = body.replacesId();
        regulation.createdAt = now;
        regulation.updatedAt = now;
        regulation.persist();
        publish(regulation, OrgStructureEvents.REGULATION_ISSUED_V1);
        return regulation;
    }

    /** The replaced regulation ends the day the new one takes effect and stays on record. */
    private void replace(RegulationBody body, OffsetDateTime now) {
        Regulation old = Regulation.<Regulation>findByIdOptional(body.replacesId()).orElseThrow(() ->
                new ProblemException(422, "unknown-regulation", ProblemText.of("unknown-regulation")
                        .with("id", body.replacesId())));
        if (!old.unitId.equals(body.orgUnitId()) || !old.type.equals(body.type())) {
            throw ProblemException.invalid("replacesId", ProblemText.of("field.same-unit-and-type"));
        }
        EntityVersions.requireVersion("replacesVersion", body.replacesVersion(), old.version,
                "regulation " + old.number);
        if (!Regulation.IN_FORCE.equals(old.status)) {
            throw ProblemException.conflict("regulation-not-in-force", ProblemText.of("regulation-not-in-force.replace")
                    .with("number", old.number).with("status", ProblemText.of("regulation-status." + old.status)));
        }
        if (!body.effectiveFrom().isAfter(old.effectiveFrom)) {
            throw ProblemException.invalid("effectiveFrom", ProblemText.of("field.after-replaced")
                    .with("date", old.effectiveFrom));
        }
        old.status = Regulation.REPLACED;
        old.effectiveTo = body.effectiveFrom();
        old.updatedAt = now;
        publish(old, OrgStructureEvents.REGULATION_REPEALED_V1);
    }

    @Transactional
    public Regulation repeal(UUID id, String ifMatch, LocalDate from) {
        Regulation regulation = get(id);
        EntityVersions.requireMatch(ifMatch, regulation.version);
        if (!Regulation.IN_FORCE.equals(regulation.status)) {
            throw ProblemException.conflict("regulation-not-in-force", ProblemText.of("regulation-not-in-force.repeal")
                    .with("number", regulation.number)
                    .with("status", ProblemText.of("regulation-status." + regulation.status)));
        }
        if (!from.isAfter(regulation.effectiveFrom)) {
            throw ProblemException.invalid("from", ProblemText.of("field.after-effective")
                    .with("date", regulation.effectiveFrom));
        }
        regulation.status = Regulation.REPEALED;
        regulation.effectiveTo = from;
        regulation.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        publish(regulation, OrgStructureEvents.REGULATION_REPEALED_V1);
        return regulation;
    }

    public Regulation get(UUID id) {
        return Regulation.<Regulation>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("regulation", id));
    }

    /** The unit's regulations, or only those in force on {@code asOf} when given. */
    public List<Regulation> ofUnit(UUID unitId, String type, LocalDate asOf) {
        StringBuilder where = new StringBuilder("unitId = :unit");
        Map<String, Object> params = new HashMap<>(Map.of("unit", unitId));
        if (type != null && !type.isBlank()) {
            where.append(" and type = :type");
            params.put("type", type.strip());
        }
        if (asOf != null) {
            where.append(" and effectiveFrom <= :asOf and (effectiveTo is null or effectiveTo > :asOf)");
            params.put("asOf", asOf);
        }
        return Regulation.list(where + " order by type, effectiveFrom", params);
    }

    private void publish(Regulation r, String type) {
        outbox.publish(OrgStructureEvents.REGULATION_TOPIC, r.id.toString(), type,
                new OrgStructureEvents.RegulationV1(r.id, r.unitId, r.type, r.number, r.title, r.issuer, r.issuedOn,
                        r.effectiveFrom, r.effectiveTo, r.status, r.replacesId));
    }
}
