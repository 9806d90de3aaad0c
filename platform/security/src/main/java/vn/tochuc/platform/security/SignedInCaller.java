package vn.tochuc.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this request as its verified token says: who, in which roles, acting for which org units. */
@RequestScoped
public class SignedInCaller {

    /** The claim listing the org units (ids) the caller acts for; each covers its whole subtree. */
    public static final String ORG_UNITS_CLAIM = "org_units";

    private final SecurityIdentity identity;

    SignedInCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The token's subject: the user or system that acts, as the audit trail records it. */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        JsonWebToken token = token();
        return token != null && token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
    }

    /** The roles of {@link Roles#ALL} the caller holds, comma-separated, for records of who did what. */
    public String roleNames() {
        return String.join(",", Roles.ALL.stream().filter(identity::hasRole).toList());
    }

    private boolean hasAnyRole(Set<String> roles) {
        return roles.stream().anyMatch(identity::hasRole);
    }

    public boolean provinceWide() {
        return hasAnyRole(Roles.PROVINCE_WIDE);
    }

    /** Holds a role that reaches records by itself; a protection officer with no other role does not. */
    public boolean holdsBaseRole() {
        return hasAnyRole(Roles.BASE);
    }

    public boolean seesSensitiveFields() {
        return holdsBaseRole() && hasAnyRole(Roles.SENSITIVE_READERS);
    }

    /** Discipline reasons, planning removal reasons, open policy cases (Roles.ASSESSMENT_READERS). */
    public boolean readsConfidentialAssessments() {
        return holdsBaseRole() && hasAnyRole(Roles.ASSESSMENT_READERS);
    }

    /** The org units named in the token; ids that are not UUIDs are ignored rather than trusted. */
    public Set<UUID> orgUnits() {
        JsonWebToken token = token();
        Object claim = token == null ? null : token.getClaim(ORG_UNITS_CLAIM);
        Set<UUID> units = new LinkedHashSet<>();
        for (String value : strings(claim)) {
            try {
                units.add(UUID.fromString(value));
            } catch (IllegalArgumentException notAnId) {
                // A malformed entry grants nothing.
            }
        }
        return units;
    }

    /** The verified token, or null for an anonymous caller or one signed in some other way (tests). */
    private JsonWebToken token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
    }

    private static List<String> strings(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(v -> values.add(unquoted(v)));
        } else if (claim != null) {
            values.add(unquoted(claim));
        }
        return values;
    }

    /** Array claims arrive as JSON values whose toString keeps the quotes. */
    private static String unquoted(Object value) {
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
