package vn.tochuc.org.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeJobPosition", description = "New name, grade or count; absent fields stay as they are")
public record ChangeJobPositionRequest(
        @Schema(examples = "Chuyên viên theo dõi công tác cán bộ") @Size(max = 300) String name,
        @Schema(examples = "Chuyên viên chính") @Size(max = 100) String requiredGrade,
        @Min(value = 1, message = "must be at least 1") @Max(10000) Integer count) {
}
