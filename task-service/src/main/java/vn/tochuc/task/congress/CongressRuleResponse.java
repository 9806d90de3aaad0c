package vn.tochuc.task.congress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CongressRules")
public record CongressRuleResponse(UUID id, String term, String name, String basisNumber, LocalDate basisDate,
        String basisNote, LocalDate validFrom, RuleSetStatus status, UUID replacesId, UUID replacedById,
        List<CongressEvents.LevelData> levels, long version, OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "On issue: how many plans of the term the new rules changed") Integer plansRecomputed) {

    static CongressRuleResponse of(CongressRuleSet s) {
        return of(s, null);
    }

    static CongressRuleResponse of(CongressRuleSet s, Integer plansRecomputed) {
        return new CongressRuleResponse(s.id, s.term, s.name, s.basisNumber, s.basisDate, s.basisNote, s.validFrom,
                s.status, s.replacesId, s.replacedById, s.levels.stream().map(CongressEvents.LevelData::of).toList(),
                s.version, s.updatedAt, plansRecomputed);
    }
}
