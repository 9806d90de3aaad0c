package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisciplineRegister", description = "Sổ theo dõi kỷ luật: decisions effective in a period, for a unit "
        + "and the units below it")
public record DisciplineRegisterResponse(LocalDate from, LocalDate to, UUID orgUnitId, int total,
        @Schema(description = "Number of decisions per form") Map<String, Long> byForm,
        List<DisciplineResponse> items) {
}
