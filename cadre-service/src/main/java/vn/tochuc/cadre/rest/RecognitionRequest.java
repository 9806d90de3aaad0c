package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;

@Schema(name = "RecognitionRequest", description = "Công nhận đảng viên chính thức")
public record RecognitionRequest(
        @Schema(description = "Optional: the day full membership dates from, which is always the day the probation "
                + "ends (fullMembershipDueOn), even when the cell decides later; any other day is refused (422). The "
                + "day the cell decided goes in decision.date", examples = "2026-05-19") LocalDate recognisedOn,
        @Size(max = 30) @Schema(examples = "26012345", description = "Số thẻ đảng viên") String cardNumber,
        @Valid Decision decision) {
}
