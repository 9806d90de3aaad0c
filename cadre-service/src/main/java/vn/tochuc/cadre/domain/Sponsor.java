package vn.tochuc.cadre.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Người giới thiệu: a full member (or the Youth Union) who vouched for the new member. */
@Schema(name = "Sponsor", description = "Người giới thiệu vào Đảng")
public record Sponsor(
        @NotBlank @Size(max = 150) @Schema(examples = "Lương Đức Minh") String fullName,
        @Schema(description = "The sponsor's person record, when on file") UUID personId) {
}
