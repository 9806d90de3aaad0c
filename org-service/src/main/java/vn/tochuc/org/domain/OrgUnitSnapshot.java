package vn.tochuc.org.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A unit as it was on one date: its identity joined with the version in effect then. */
public record OrgUnitSnapshot(
        UUID id,
        String code,
        String name,
        String shortName,
        String kind,
        UUID parentId,
        LocalDate validFrom,
        LocalDate validTo,
        String status,
        LocalDate establishedOn,
        LocalDate ceasedOn,
        String foundingDecisionNumber,
        LocalDate foundingDecisionDate,
        String foundingDecisionIssuer,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        int depth) implements OrgUnitRow {

    /** The same unit at another depth below the start of a walk. */
    public OrgUnitSnapshot atDepth(int depth) {
        return depth == this.depth ? this : new OrgUnitSnapshot(id, code, name, shortName, kind, parentId, validFrom,
                validTo, status, establishedOn, ceasedOn, foundingDecisionNumber, foundingDecisionDate,
                foundingDecisionIssuer, version, createdAt, updatedAt, depth);
    }
}
