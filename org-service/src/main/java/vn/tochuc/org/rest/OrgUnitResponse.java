package vn.tochuc.org.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgUnit", description = "An organization unit")
public record OrgUnitResponse(
        UUID id,
        String code,
        String name,
        String shortName,
        String kind,
        UUID parentId,
        LocalDate validFrom,
        String status,
        @Schema(description = "Version, also sent as ETag") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
