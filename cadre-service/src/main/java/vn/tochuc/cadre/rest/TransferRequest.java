package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.TransferKind;

@Schema(name = "TransferRequest", description = "Chuyển sinh hoạt đảng")
public record TransferRequest(
        @NotNull TransferKind kind,
        @NotNull @Schema(description = "The receiving cell: an org unit known from org-service") UUID toCellId,
        @NotNull LocalDate effectiveOn,
        @Valid Decision decision) {
}
