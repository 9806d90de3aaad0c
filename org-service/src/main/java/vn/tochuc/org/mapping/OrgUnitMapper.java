package vn.tochuc.org.mapping;

import java.time.LocalDate;
import vn.tochuc.org.domain.Decision;
import vn.tochuc.org.domain.OrgUnitSnapshot;
import vn.tochuc.org.rest.OrgUnitResponse;

/** One place that turns a unit as of a date into what the API answers. */
public final class OrgUnitMapper {

    private OrgUnitMapper() {
    }

    public static OrgUnitResponse toResponse(OrgUnitSnapshot unit, LocalDate asOf) {
        return toResponse(unit, asOf, null);
    }

    public static OrgUnitResponse toTreeNode(OrgUnitSnapshot unit, LocalDate asOf) {
        return toResponse(unit, asOf, unit.depth());
    }

    private static OrgUnitResponse toResponse(OrgUnitSnapshot unit, LocalDate asOf, Integer depth) {
        Decision founding = unit.foundingDecisionNumber() == null && unit.foundingDecisionDate() == null
                && unit.foundingDecisionIssuer() == null ? null
                : new Decision(unit.foundingDecisionNumber(), unit.foundingDecisionDate(), unit.foundingDecisionIssuer());
        return new OrgUnitResponse(unit.id(), unit.code(), unit.name(), unit.shortName(), unit.kind(), unit.parentId(),
                unit.validFrom(), unit.validTo(), unit.status(), unit.establishedOn(), unit.ceasedOn(), founding, asOf,
                depth, unit.version(), unit.createdAt(), unit.updatedAt());
    }
}
