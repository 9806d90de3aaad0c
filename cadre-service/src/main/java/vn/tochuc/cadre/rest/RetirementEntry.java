package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Sex;

@Schema(name = "RetirementEntry", description = "A cadre reaching the statutory retirement age (rule "
        + "cadre.retirement-age), or retiring by a decision")
public record RetirementEntry(UUID personId, @Schema(examples = "Lương Đức Minh") String fullName, Sex sex,
        @Schema(examples = "1968-05-12", description = "As recorded: YYYY-MM-DD, YYYY-MM or YYYY") String dateOfBirth,
        UUID currentOrgUnitId,
        @Schema(description = "The retirement age of the year it is reached, e.g. 61 years 6 months") int ageYears,
        int ageMonths,
        @Schema(description = "Thời điểm nghỉ hưu: the last day of the month the age is reached") LocalDate retiresOn,
        @Schema(description = "Thời điểm hưởng lương hưu: the first day of the next month") LocalDate pensionFrom,
        @Schema(description = "What sets the day: the statutory roadmap (the version of rule cadre.retirement-age "
                + "in force when the age is reached, cited), or a decision (number, date, ground, text)",
                example = "Statutory age under 45/2019/QH14 (2019-11-20), Điều 169, khoản 2 (Nghị định "
                        + "135/2020/NĐ-CP, Điều 4)")
        String basis,
        @Schema(description = "The retirement decision in effect, when one sets the day (GET "
                + "/api/v1/cadres/retirement-overrides?personId=)") UUID overrideId,
        @Schema(description = "With a decision: the statutory day it departs from") LocalDate roadmapRetiresOn) {
}
