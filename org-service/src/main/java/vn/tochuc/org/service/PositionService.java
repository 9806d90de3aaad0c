package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.domain.Position;
import vn.tochuc.org.domain.PositionTitle;
import vn.tochuc.org.domain.PositionVersion;
import vn.tochuc.org.repository.PositionRepository;
import vn.tochuc.org.repository.PositionRepository.PositionOnDate;
import vn.tochuc.org.rest.ChangePositionRequest;
import vn.tochuc.org.rest.CreatePositionRequest;
import vn.tochuc.org.rest.EndRequest;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;

/** Positions of units: every check a write passes before {@link PositionChanges} makes it, and the reads. */
@ApplicationScoped
public class PositionService {

    private final StructureRules rules;
    private final PositionChanges changes;
    private final PositionRepository positions;

    PositionService(StructureRules rules, PositionChanges changes, PositionRepository positions) {
        this.rules = rules;
        this.changes = changes;
        this.positions = positions;
    }

    @Transactional
    public Position create(CreatePositionRequest request) {
        LocalDate validFrom = request.validFrom() == null ? LocalDate.now() : request.validFrom();
        rules.requirePlausibleDate("validFrom", validFrom);
        requireActiveTitle(request.titleCode());
        rules.requireExistingOn("orgUnitId", request.orgUnitId(), validFrom);
        positions.lockTitleInUnit(request.orgUnitId(), request.titleCode());
        Position overlapping = Position.find("orgUnitId = ?1 and titleCode = ?2 and (validTo is null or validTo > ?3)",
                request.orgUnitId(), request.titleCode(), validFrom).firstResult();
        if (overlapping != null) {
            throw ProblemException.conflict("duplicate-position", ProblemText.of("duplicate-position")
                    .with("unit", OrgUnit.codeOf(request.orgUnitId())).with("title", request.titleCode())
                    .with("position", overlapping.id).with("from", overlapping.validFrom));
        }
        return changes.create(request.orgUnitId(), request.titleCode(), request.seats(),
                requireText("managingBody", request.managingBody()), validFrom, request.decision());
    }

    @Transactional
    public Position change(UUID id, String ifMatch, ChangePositionRequest request) {
        Position position = requirePosition(id);
        EntityVersions.requireMatch(ifMatch, position.version);
        requireOpen(position);
        if (request.seats() == null && request.managingBody() == null) {
            throw ProblemException.invalid("seats", ProblemText.of("field.nothing-to-change")
                    .with("fields", "seats, managingBody"));
        }
        String managingBody = request.managingBody() == null ? null
                : requireText("managingBody", request.managingBody());
        requireAfterLatestVersion(position, "effectiveDate", request.effectiveDate());
        rules.requireExistingOn("orgUnitId", position.orgUnitId, request.effectiveDate());
        changes.change(position, request.effectiveDate(), request.seats(), managingBody, request.decision());
        Position.flush();
        return position;
    }

    @Transactional
    public Position end(UUID id, String ifMatch, EndRequest request) {
        Position position = requirePosition(id);
        EntityVersions.requireMatch(ifMatch, position.version);
        requireOpen(position);
        requireAfterLatestVersion(position, "endDate", request.endDate());
        changes.end(position, request.endDate(), PositionChanges.ENDED, request.decision());
        Position.flush();
        return position;
    }

    public Position get(UUID id) {
        return requirePosition(id);
    }

    public Page<PositionOnDate> list(UUID orgUnitId, LocalDate asOf, String limit, String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 3);
        if (!after.isEmpty()) {
            requireTokenShape(after);
        }
        List<PositionOnDate> rows = positions.page(orgUnitId, asOf, after, size + 1);
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        PositionOnDate last = rows.get(size - 1);
        return new Page<>(rows.subList(0, size), PageTokens.encode(last.orgUnitId().toString(),
                Integer.toString(last.titleOrder()), last.id().toString()));
    }

    static PositionTitle requireActiveTitle(String code) {
        PositionTitle title = PositionTitle.findById(code);
        if (title == null || !title.active) {
            throw new ProblemException(422, "unknown-title", ProblemText.of("unknown-title").with("code", code));
        }
        return title;
    }

    private static void requireAfterLatestVersion(Position position, String field, LocalDate date) {
        PositionVersion latest = PositionVersion.latest(position.id);
        if (!latest.validFrom.isBefore(date)) {
            throw ProblemException.conflict("change-not-after-latest",
                    ProblemText.of("change-not-after-latest.position")
                    .with("field", field).with("date", date).with("from", latest.validFrom)
                    .with("position", position.id));
        }
    }

    private static void requireOpen(Position position) {
        if (!Position.ACTIVE.equals(position.status)) {
            throw ProblemException.conflict("position-ended", ProblemText.of("position-ended")
                    .with("position", position.id).with("date", position.validTo));
        }
    }

    private static Position requirePosition(UUID id) {
        return Position.<Position>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("position", id));
    }

    private static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, ProblemText.of("field.blank"));
        }
        return value.strip();
    }

    private static void requireTokenShape(List<String> after) {
        PageTokens.part(after.get(0), UUID::fromString);
        PageTokens.part(after.get(1), Integer::parseInt);
        PageTokens.part(after.get(2), UUID::fromString);
    }
}
