package vn.tochuc.cadre.rest;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RatingReport", description = "Distribution of one year's ratings in a grassroots organization (and "
        + "the units below it), and whether the excellent share stays within the cap")
public record RatingReportResponse(int year, UUID orgUnitId, String orgUnitName, long total,
        @Schema(description = "Count per grade, every grade present") Map<String, Long> distribution,
        @Schema(description = "EXCELLENT + GOOD") long goodOrBetter,
        @Schema(description = "Cap rule: excellent ≤ this percentage of goodOrBetter") int excellentCapPercent,
        @Schema(description = "floor(goodOrBetter × cap / 100)") long maxExcellent,
        boolean withinCap) {
}
