package vn.tochuc.cadre.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.QualityRating.Grade;

@Schema(name = "RatingRequest", description = "Xếp loại chất lượng hằng năm of one person")
public record RatingRequest(
        @NotNull UUID personId,
        @NotNull @Min(1945) @Max(2200) @Schema(description = "The year rated; not after this year") Integer year,
        @NotNull @Schema(description = "EXCELLENT (hoàn thành xuất sắc), GOOD (hoàn thành tốt), COMPLETED (hoàn "
                + "thành), NOT_COMPLETED (không hoàn thành)") Grade rating,
        @NotNull @Schema(description = "The grassroots organization that rated the person") UUID orgUnitId,
        @Schema(examples = "Hoàn thành tốt nhiệm vụ được giao") @Size(max = 500) String note) {
}
