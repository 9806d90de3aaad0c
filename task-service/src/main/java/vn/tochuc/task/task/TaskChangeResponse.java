package vn.tochuc.task.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskChange", description = "One entry of the mobile sync feed: a task to store, or to drop")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskChangeResponse(
        UUID id,
        @Schema(description = "UPSERT: store this task; REMOVED: drop it (cancelled, or no longer of your units)")
        TaskChanges.Kind change,
        OffsetDateTime changedAt,
        @Schema(description = "The task as now, for UPSERT") TaskResponse task) {

    static TaskChangeResponse of(TaskChanges.Entry e, LocalDate today) {
        return new TaskChangeResponse(e.taskId(), e.change(), e.changedAt(),
                e.task() == null ? null : TaskResponse.of(e.task(), today));
    }

    @Schema(name = "TaskChangesPage")
    public record Page(
            List<TaskChangeResponse> items,
            @Schema(examples = "MjAyNS0wNy0wMVQwODozMDowMCswNzowMB8xMDQy",
                    description = "More entries now: pass as pageToken, with the same since") String nextPageToken,
            @Schema(examples = "MjAyNS0wNy0wMVQwODozMDowMCswNzowMB8xMDQy",
                    description = "On the last page: pass as since on your next sync") String syncToken) {
    }
}
