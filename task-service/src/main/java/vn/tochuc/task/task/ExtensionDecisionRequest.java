package vn.tochuc.task.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskExtensionDecision")
public record ExtensionDecisionRequest(@NotNull Decision decision,
        @Schema(examples = "Đồng ý gia hạn đến 30/9/2025") @Size(max = 2000) String note) {

    /** Named apart from the services' Decision records (number, date, issuer) in the combined document. */
    @Schema(name = "ExtensionDecision")
    public enum Decision {
        APPROVE,
        REFUSE
    }
}
