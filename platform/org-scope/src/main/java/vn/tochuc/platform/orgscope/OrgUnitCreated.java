package vn.tochuc.platform.orgscope;

import java.time.LocalDate;
import java.util.UUID;

/**
 * This consumer's reading of {@code vn.tochuc.org.unit.created.v1} (contract: docs/events/asyncapi.yaml). Unknown
 * fields are ignored, so org-service may add fields without breaking it.
 */
record OrgUnitCreated(UUID unitId, String code, String name, String shortName, String kind, UUID parentId,
        LocalDate validFrom, String status) {

    static final String TYPE = "vn.tochuc.org.unit.created.v1";
}
