package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Sex;

@Schema(name = "RetirementEntry", description = "A cadre reaching the statutory retirement age (Nghị định 135/2020)")
public record RetirementEntry(UUID personId, @Schema(examples = "Lương Đức Minh") String fullName, Sex sex,
        @Schema(examples = "1968-05-12", description = "As recorded: YYYY-MM-DD, YYYY-MM or YYYY") String dateOfBirth,
        UUID currentOrgUnitId,
        @Schema(description = "The retirement age of the year it is reached, e.g. 61 years 6 months") int ageYears,
        int ageMonths,
        @Schema(description = "Thời điểm nghỉ hưu: the last day of the month the age is reached") LocalDate retiresOn,
        @Schema(description = "Thời điểm hưởng lương hưu: the first day of the next month") LocalDate pensionFrom,
        @Schema(examples = "Lộ trình tuổi nghỉ hưu theo Nghị định 135/2020/NĐ-CP",
                description = "What sets the day: the statutory roadmap, or a decision (number, date, ground, text)")
        String basis,
        @Schema(description = "The retirement decision in effect, when one sets the day (GET "
                + "/api/v1/cadres/retirement-overrides?personId=)") UUID overrideId,
        @Schema(description = "With a decision: the statutory day it departs from") LocalDate roadmapRetiresOn) {
}
