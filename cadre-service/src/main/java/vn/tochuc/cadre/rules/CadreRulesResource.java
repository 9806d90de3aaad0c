package vn.tochuc.cadre.rules;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.platform.rules.RuleSetResource;

/**
 * cadre-service's rules (discipline bars and forms, full membership, admission, rating cap...), as effective-dated
 * versions with their legal basis: platform-rules' API under this service's own path, which the gateway routes here.
 */
@Path("/api/v1/rules/cadre")
@Tag(name = "Rules", description = "Quy định theo thời gian: each rule's versions, the text that sets them, the one "
        + "in force on a day; administrators add versions (If-Match), published as rule.version-added.v1")
public class CadreRulesResource extends RuleSetResource {
}
