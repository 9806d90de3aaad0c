package vn.tochuc.org.domain;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision (quyết định) behind a change: its number, date and issuing body. */
@Schema(name = "OrgDecision", description = "A decision (quyết định): number, date, issuing body; named apart "
        + "from cadre-service's Decision (other limits) in the combined document")
public record Decision(
        @Size(max = 100) @Schema(examples = "123-QĐ/TU") String number,
        @Schema(examples = "2025-06-20") LocalDate date,
        @Size(max = 300) @Schema(examples = "Ban Thường vụ Tỉnh ủy") String issuer) {
}
