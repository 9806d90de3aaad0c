package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;

@Schema(name = "RecognitionRequest", description = "Công nhận đảng viên chính thức")
public record RecognitionRequest(
        @NotNull @Schema(description = "From this day the member is a full member", examples = "2026-05-19")
        LocalDate recognisedOn,
        @Size(max = 30) @Schema(description = "Số thẻ đảng viên") String cardNumber,
        @Valid Decision decision) {
}
