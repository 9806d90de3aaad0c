package vn.tochuc.org.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.Decision;

@Schema(name = "OrgUnit", description = "An organization unit as it was on a date (asOf)")
public record OrgUnitResponse(
        UUID id,
        @Schema(examples = "TU-VP") String code,
        @Schema(examples = "Tỉnh ủy Vĩnh Phúc") String name,
        @Schema(examples = "Tỉnh ủy") String shortName,
        @Schema(examples = "PROVINCIAL_PARTY_COMMITTEE", description = "Kind code (loại tổ chức)") String kind,
        @Schema(description = "Parent unit on the date; absent for a root") UUID parentId,
        @Schema(description = "First day of the version shown") LocalDate validFrom,
        @Schema(description = "First day the version shown no longer applies; absent while current") LocalDate validTo,
        @Schema(examples = "ACTIVE", description = "ACTIVE or CEASED, as of the date") String status,
        LocalDate establishedOn,
        LocalDate ceasedOn,
        Decision foundingDecision,
        @Schema(description = "The date the answer is about") LocalDate asOf,
        @Schema(description = "Depth below the unit a subtree read started from") Integer depth,
        @Schema(description = "Version, also sent as ETag") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
