package vn.tochuc.org.mapping;

import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.org.rest.OrgUnitResponse;

/** One place that turns a unit into what the API answers and what the events carry. */
public final class OrgUnitMapper {

    private OrgUnitMapper() {
    }

    public static OrgUnitResponse toResponse(OrgUnit unit) {
        return new OrgUnitResponse(unit.id, unit.code, unit.name, unit.shortName, unit.kind, unit.parentId,
                unit.validFrom, unit.status, unit.version, unit.createdAt, unit.updatedAt);
    }

    public static OrgUnitEvents.CreatedV1 toCreatedEvent(OrgUnit unit) {
        return new OrgUnitEvents.CreatedV1(unit.id, unit.code, unit.name, unit.shortName, unit.kind, unit.parentId,
                unit.validFrom, unit.status);
    }
}
