package vn.tochuc.task.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportObligationGeneration", description = "What one generation made; a repeated call makes nothing "
        + "new (created 0) and counts the obligations that already existed")
public record GenerationResponse(UUID scheduleId, @Schema(examples = "2025-Q1") String period, LocalDate dueOn,
        @Schema(description = "Obligations created by this call") int created,
        @Schema(description = "Units that already had this period's obligation") int alreadyExisting,
        @Schema(description = "The obligations created by this call") List<UUID> createdIds) {

    static GenerationResponse of(ReportScheduleService.Generated g) {
        return new GenerationResponse(g.schedule().id, g.period().code(), g.schedule().dueOn(g.period()),
                g.created().size(), g.alreadyExisting(), g.created().stream().map(o -> o.id).toList());
    }
}
