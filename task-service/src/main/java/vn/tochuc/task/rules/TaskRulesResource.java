package vn.tochuc.task.rules;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.platform.rules.RuleSetResource;

/**
 * task-service's rules as effective-dated versions with their legal basis: the congress schedule of each term
 * (task.congress-schedule.&lt;term&gt;). platform-rules' API under this service's own path, which the gateway routes
 * here. A version added here recomputes the plans of its term, as one issued through /api/v1/congress-rules does.
 */
@Path("/api/v1/rules/task")
@Tag(name = "Rules", description = "Quy định theo thời gian: each rule's versions, the text that sets them, the one "
        + "in force on a day; administrators add versions (If-Match), published as rule.version-added.v1")
public class TaskRulesResource extends RuleSetResource {
}
