package vn.tochuc.task.task;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskRequest", description = "A root task to write, as a DRAFT: assign it with the ASSIGN step, then "
        + "give it down the tree with POST /api/v1/tasks/{id}/assignments.")
public record TaskRequest(
        @Schema(description = "The source document it comes from; none for an ad-hoc task") UUID documentId,
        @NotNull TaskKind kind,
        @NotBlank @Size(max = 1000) @Schema(examples = "Tổ chức thành công Đại hội Đảng các cấp nhiệm kỳ 2025-2030")
        String title,
        @Schema(examples = "Chỉ đạo, hướng dẫn tổ chức đại hội chi bộ, đảng bộ cơ sở theo Chỉ thị 45-CT/TW")
        @Size(max = 10000) String description,
        @NotNull @Schema(description = "The unit that carries it out (chủ trì)") UUID leadUnitId,
        @Size(max = 50) @Schema(description = "Units that take part (phối hợp)") Set<UUID> cooperatingUnitIds,
        @Schema(description = "The unit that gives the task; the lead unit itself when absent. The lead unit must be "
                + "it or below it.") UUID assigningUnitId,
        @Schema(description = "The cadre responsible: a cadre-service person id") UUID cadreId,
        @Size(max = 200) @Schema(examples = "Trần Việt Cường",
                description = "The cadre's name, as shown") String cadreName,
        @NotNull @Schema(examples = "2025-09-30") LocalDate deadline,
        @Schema(examples = "100% tổ chức cơ sở đảng tổ chức xong đại hội đúng kế hoạch")
        @Size(max = 4000) String expectedResult,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 3)
        @Schema(description = "Its weight in its parent's roll-up; 1 when absent") BigDecimal weight,
        @Schema(description = "How its children's progress combines; WEIGHTED when absent") RollUpMethod rollUpMethod,
        @Schema(description = "To record a task given in the past (province-wide roles only): the day it was "
                + "assigned, not after today; the task is written ASSIGNED on that day, its deadline checked against "
                + "it. A DRAFT when absent", examples = "2021-01-15") LocalDate assignedOn) {

    NewTask toCommand() {
        return new NewTask(documentId, kind, title, description, leadUnitId, cooperatingUnitIds, assigningUnitId,
                cadreId, cadreName, deadline, expectedResult, weight, rollUpMethod, assignedOn);
    }
}
