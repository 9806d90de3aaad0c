package vn.tochuc.task.target;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetargetRequest", description = "New term and yearly targets (điều chỉnh chỉ tiêu); the yearly "
        + "targets given replace all earlier ones")
public record RetargetRequest(
        @NotNull @Digits(integer = 14, fraction = 4) @Schema(examples = "6500") BigDecimal termTarget,
        @Size(max = 20) List<TargetRequest.@Valid YearTarget> yearlyTargets) {
}
