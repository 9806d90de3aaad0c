package vn.tochuc.org.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.CaseType;
import vn.tochuc.org.domain.Decision;

/**
 * A restructuring case. Which fields a type needs: ESTABLISH newUnits; RENAME unitId, newName; MOVE unitId,
 * newParentId; CHANGE_LEVEL unitId, newKind; MERGE sourceUnitIds, targetUnitId; CONSOLIDATE sourceUnitIds and one
 * newUnits entry; SPLIT unitId and two or more newUnits; DISSOLVE unitId. A type that ends units needs a
 * childPlacements entry for every child of every unit that ceases.
 */
@Schema(name = "RestructuringCaseRequest", description = "A restructuring case (đề án sắp xếp tổ chức)")
public record RestructuringCaseRequest(
        @NotNull CaseType type,
        @NotBlank @Size(max = 500) @Schema(examples = "Kết thúc hoạt động cấp huyện từ 01/7/2025") String title,
        @NotNull @Schema(description = "The day the change takes effect", examples = "2025-07-01")
        LocalDate effectiveDate,
        @Valid Decision decision,
        UUID unitId,
        @Size(max = 100) List<@NotNull UUID> sourceUnitIds,
        UUID targetUnitId,
        @Schema(examples = "Đảng bộ xã Tam Dương") @Size(max = 300) String newName,
        @Schema(examples = "ĐB Tam Dương") @Size(max = 100) String newShortName,
        UUID newParentId,
        @Schema(examples = "GRASSROOTS_PARTY_COMMITTEE")
        @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case kind code")
        String newKind,
        @Size(max = 100) List<@Valid @NotNull NewUnit> newUnits,
        @Size(max = 1000) List<@Valid @NotNull ChildPlacement> childPlacements) {

    @Schema(name = "NewUnit", description = "A unit the case establishes")
    public record NewUnit(
            @Schema(examples = "DB-XA-TD") @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                    message = "may hold only letters A-Z, digits, '.', '_' and '-'") String code,
            @Schema(examples = "Đảng bộ xã Tam Dương") @NotBlank @Size(max = 300) String name,
            @Schema(examples = "ĐB Tam Dương") @Size(max = 100) String shortName,
            @Schema(examples = "GRASSROOTS_PARTY_COMMITTEE") @NotBlank @Size(max = 60) String kind,
            @Schema(description = "An existing parent; or give parentCode") UUID parentId,
            @Size(max = 50) @Schema(examples = "DB-XA-TD",
                    description = "Code of another unit this case establishes, as the parent")
            String parentCode) {
    }

    @Schema(name = "ChildPlacement", description = "Where a child of a ceasing unit goes")
    public record ChildPlacement(
            @NotNull UUID childId,
            @Schema(description = "An existing unit; or give newParentCode") UUID newParentId,
            @Size(max = 50) @Schema(examples = "DB-XA-TD",
                    description = "Code of a unit this case establishes") String newParentCode) {
    }
}
