package vn.tochuc.cadre.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.platform.rules.RuleCitation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RatingReport", description = "Distribution of one year's ratings in a grassroots organization (and "
        + "the units below it), and whether the excellent share stays within the cap")
public record RatingReportResponse(int year, UUID orgUnitId, @Schema(examples = "Thành ủy Vĩnh Yên") String orgUnitName,
        long total,
        @Schema(description = "Count per grade, every grade present") Map<String, Long> distribution,
        @Schema(description = "EXCELLENT + GOOD") long goodOrBetter,
        @Schema(description = "Cap: excellent ≤ this percentage of capBase") int excellentCapPercent,
        @Schema(examples = "GOOD",
                description = "What the percentage is of: GOOD (those rated good) or GOOD_OR_BETTER, as the rule "
                + "cadre.rating.excellent-cap in force on 31 December of the year says") String capBase,
        @Schema(description = "The count the percentage applies to (summed over the units counted)") long capBaseCount,
        @Schema(description = "floor(capBaseCount × cap / 100), summed over the units counted") long maxExcellent,
        @Schema(description = "True when every unit counted stays within its cap") boolean withinCap,
        @Schema(examples = "GRASSROOTS_ORGANIZATION",
                description = "What the cap is counted in: GRASSROOTS_ORGANIZATION (each on its own) or SUBTREE "
                + "(the unit asked for with everything below it), as the rule version says") String capUnit,
        @Schema(description = "Each unit the cap is counted in, with its own figures") List<UnitCap> units,
        @Schema(description = "The rule version the cap comes from") RuleCitation capRule) {

    @Schema(name = "RatingCapUnit", description = "One grassroots organization (or the subtree asked for) and its cap")
    public record UnitCap(UUID orgUnitId, @Schema(examples = "Đảng bộ phường Liên Bảo") String orgUnitName,
            long capBaseCount, long excellent, long maxExcellent,
            boolean withinCap) {
    }
}
