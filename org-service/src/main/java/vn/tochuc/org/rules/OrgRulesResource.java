package vn.tochuc.org.rules;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.platform.rules.RuleSetResource;

/**
 * org-service's rules (org.unit-kinds, org.discipline-forms, org.terms) as effective-dated versions with their legal
 * basis: platform-rules' API under this service's own path, which the gateway routes here.
 */
@Path("/api/v1/rules/org")
@Tag(name = "Rules", description = "Quy định theo thời gian: each rule's versions, the text that sets them, the one "
        + "in force on a day; administrators add versions (If-Match), published as rule.version-added.v1")
public class OrgRulesResource extends RuleSetResource {
}
