package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.domain.OrgUnitStatus;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.org.mapping.OrgUnitMapper;
import vn.tochuc.org.rest.CreateOrgUnitRequest;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.text.VietnameseText;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;

@ApplicationScoped
public class OrgUnitService {

    /** The Communist Party of Vietnam was founded on 3 February 1930: no unit of it takes effect earlier. */
    static final LocalDate EARLIEST_VALID_FROM = LocalDate.of(1930, 2, 3);

    private final Outbox outbox;

    OrgUnitService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Stores the unit and its {@code created} event in one transaction: both or neither. */
    @Transactional
    public OrgUnit create(CreateOrgUnitRequest request) {
        LocalDate validFrom = request.validFrom() == null ? LocalDate.now() : request.validFrom();
        if (validFrom.isBefore(EARLIEST_VALID_FROM)) {
            throw ProblemException.invalid("validFrom", "must not be before " + EARLIEST_VALID_FROM);
        }
        if (OrgUnit.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("duplicate-code", "An org unit with code '" + request.code()
                    + "' already exists; codes are unique regardless of case. Choose another code.");
        }
        if (request.parentId() != null) {
            OrgUnit parent = OrgUnit.<OrgUnit>findByIdOptional(request.parentId()).orElseThrow(() ->
                    new ProblemException(422, "unknown-parent", "parentId " + request.parentId()
                            + " refers to no org unit; create the parent first or leave parentId out for a root."));
            if (validFrom.isBefore(parent.validFrom)) {
                throw new ProblemException(422, "before-parent", "validFrom " + validFrom + " is before the parent "
                        + "unit took effect (" + parent.validFrom + "); a unit cannot exist before its parent.");
            }
        }
        OrgUnit unit = new OrgUnit();
        unit.id = UUID.randomUUID();
        unit.code = request.code();
        unit.name = request.name().strip();
        unit.shortName = request.shortName() == null || request.shortName().isBlank() ? null : request.shortName().strip();
        unit.kind = request.kind();
        unit.parentId = request.parentId();
        unit.validFrom = validFrom;
        unit.status = OrgUnitStatus.ACTIVE;
        unit.nameSearchKey = VietnameseText.searchKey(unit.name);
        unit.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        unit.updatedAt = unit.createdAt;
        unit.persist();
        outbox.publish(OrgUnitEvents.TOPIC, unit.id.toString(), OrgUnitEvents.CREATED_V1,
                OrgUnitMapper.toCreatedEvent(unit));
        return unit;
    }

    public OrgUnit get(UUID id) {
        return OrgUnit.<OrgUnit>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("org unit", id));
    }

    /** Units whose name contains the query (ignoring case and diacritics), by name then id, a page at a time. */
    public Page<OrgUnit> search(String query, String code, Integer limit, String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            params.add("%" + VietnameseText.searchKey(query) + "%");
            where.append(" and nameSearchKey like ?").append(params.size());
        }
        if (code != null && !code.isBlank()) {
            params.add(code.strip());
            where.append(" and lower(code) = lower(?").append(params.size()).append(')');
        }
        if (!after.isEmpty()) {
            params.add(after.get(0));
            params.add(parseId(after.get(1)));
            where.append(" and (nameSearchKey > ?").append(params.size() - 1)
                    .append(" or (nameSearchKey = ?").append(params.size() - 1)
                    .append(" and id > ?").append(params.size()).append("))");
        }
        List<OrgUnit> rows = OrgUnit.<OrgUnit>find(where + " order by nameSearchKey, id", params.toArray())
                .page(0, size + 1).list();
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        OrgUnit last = rows.get(size - 1);
        return new Page<>(rows.subList(0, size), PageTokens.encode(last.nameSearchKey, last.id.toString()));
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("pageToken", "is not a token this API gave out; start again without it");
        }
    }
}
