package vn.tochuc.cadre.domain;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision (quyết định) behind a step, as written on it. */
@Schema(name = "Decision", description = "Quyết định: number, date, issuing body")
public record Decision(
        @Size(max = 50) @Schema(examples = "125-QĐ/ĐU") String number,
        LocalDate date,
        @Size(max = 200) @Schema(examples = "Đảng ủy cơ quan Tỉnh ủy") String issuer) {
}
