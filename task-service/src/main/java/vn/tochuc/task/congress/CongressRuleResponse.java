package vn.tochuc.task.congress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CongressRules", description = "A version of rule task.congress-schedule.<term> on platform-rules, "
        + "as this older API shows it (GET /api/v1/rules/task shows the same versions)")
public record CongressRuleResponse(UUID id,
        @Schema(description = "The platform rule this is a version of", example = "task.congress-schedule.2025-2030")
        String rule, @Schema(examples = "2025-2030") String term,
        @Schema(examples = "Đại hội đảng bộ các cấp theo Chỉ thị 45-CT/TW") String name,
        @Schema(examples = "45-CT/TW") String basisNumber, LocalDate basisDate,
        @Schema(examples = "Mục 2, Chỉ thị 45-CT/TW")
        String basisNote, LocalDate validFrom, RuleSetStatus status, UUID replacesId, UUID replacedById,
        @Schema(description = "The figures still have to be checked against the official text") boolean toConfirm,
        @Schema(example = "45-CT/TW (2025-04-14) (to confirm)") String citation,
        List<CongressEvents.LevelData> levels, long version, OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "On issue: how many plans of the term the new rules changed") Integer plansRecomputed) {

    static CongressRuleResponse of(CongressRuleSet s) {
        return of(s, null);
    }

    static CongressRuleResponse of(CongressRuleSet s, Integer plansRecomputed) {
        return new CongressRuleResponse(s.id, CongressSchedules.code(s.term), s.term, s.name, s.basisNumber,
                s.basisDate, s.basisNote, s.validFrom, s.status, s.replacesId, s.replacedById, s.toConfirm, s.citation,
                s.levels.stream().map(CongressEvents.LevelData::of).toList(),
                s.version, s.updatedAt, plansRecomputed);
    }
}
