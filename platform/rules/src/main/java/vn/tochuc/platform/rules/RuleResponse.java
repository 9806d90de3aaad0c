package vn.tochuc.platform.rules;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rule", description = "A rule the law sets and changes by date, its version in force on asOf and all "
        + "its versions (older ones kept: decisions they judged still read as judged)")
public record RuleResponse(
        @Schema(example = "cadre.discipline-bars") String code,
        @Schema(examples = "Loại tổ chức đảng và cấp trên trực tiếp") String title,
        @Schema(examples = "Which kinds of party organization exist on a day and which kinds each may sit under")
        String description,
        @Schema(description = "The rule's ETag: send it in If-Match to add a version") long version,
        @Schema(description = "The day the answer is about") LocalDate asOf,
        @Schema(description = "The version in force on asOf; null when none is") RuleVersionResponse inForce,
        @Schema(description = "True when the version in force is marked to confirm") boolean toConfirm,
        List<RuleVersionResponse> versions) {
}
