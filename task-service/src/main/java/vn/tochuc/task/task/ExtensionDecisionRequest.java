package vn.tochuc.task.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskExtensionDecision")
public record ExtensionDecisionRequest(@NotNull Decision decision, @Size(max = 2000) String note) {

    public enum Decision {
        APPROVE,
        REFUSE
    }
}
