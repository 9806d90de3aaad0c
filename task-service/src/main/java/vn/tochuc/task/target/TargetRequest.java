package vn.tochuc.task.target;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

@Schema(name = "TargetRequest", description = "A target (chỉ tiêu) of a source document. Values are decimals with "
        + "up to 4 places; for a RATIO target they are percentages.")
public record TargetRequest(
        @NotNull @Schema(description = "The source document (GET /api/v1/source-documents)") UUID documentId,
        @NotBlank @Size(max = 40) @Schema(examples = "CT-01") String code,
        @NotBlank @Size(max = 500) @Schema(examples = "Kết nạp đảng viên mới") String name,
        @NotBlank @Size(max = 50) @Schema(examples = "đảng viên") String unitOfMeasure,
        @NotNull Direction direction,
        @NotNull @Schema(description = "How unit figures combine up the tree") Aggregation aggregation,
        @Min(1930) @Max(2200) @Schema(examples = "2020") Integer baselineYear,
        @Digits(integer = 14, fraction = 4) @Schema(examples = "5200") BigDecimal baselineValue,
        @Pattern(regexp = "^[0-9]{4}-[0-9]{4}$", message = "must be a term written YYYY-YYYY, e.g. 2020-2025")
        @Schema(description = "The document's term when absent", examples = "2020-2025") String term,
        @NotNull @Digits(integer = 14, fraction = 4) @Schema(examples = "6500") BigDecimal termTarget,
        @Size(max = 20) @Schema(description = "Targets of single years within the term") List<@Valid YearTarget> yearlyTargets,
        @NotNull @Schema(description = "The unit that owns the target (in your scope)") UUID ownerUnitId) {

    @Schema(name = "YearTarget")
    public record YearTarget(
            @NotNull @Min(1930) @Max(2200) @Schema(examples = "2021") Integer year,
            @NotNull @Digits(integer = 14, fraction = 4) @Schema(examples = "1300") BigDecimal value) {
    }

    NewTarget toCommand() {
        return new NewTarget(documentId, code, name, unitOfMeasure, direction, aggregation, baselineYear,
                baselineValue, term, termTarget, years(yearlyTargets), ownerUnitId);
    }

    /** Year to value; a year given twice is refused rather than one of its values silently kept. */
    static Map<Integer, BigDecimal> years(List<YearTarget> targets) {
        Map<Integer, BigDecimal> byYear = new LinkedHashMap<>();
        if (targets != null) {
            for (YearTarget t : targets) {
                if (byYear.put(t.year(), t.value()) != null) {
                    throw ProblemException.invalid("yearlyTargets",
                            ProblemText.of("field.year-twice").with("year", t.year()));
                }
            }
        }
        return byYear;
    }
}
