package vn.tochuc.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code ./tochuc token}: prints a bearer token signed with the local key pair, to call the local suite from curl
 * or Swagger UI as a given role. Local development only; production tokens come from the identity provider.
 */
final class TokenCommand {

    static final String USAGE = """
            Usage: ./tochuc token [--role ROLE]... [--org-unit ID]... [--subject NAME] [--hours N]
              --role      administrator, board-officer, unit-officer, viewer, integrator or protection-officer
                          (repeatable; default board-officer)
              --org-unit  an org unit id the caller acts for, with its subtree (repeatable; needed by unit-officer,
                          viewer and integrator, whose scope it is)
              --subject   who the audit trail names (default dev@localhost)
              --hours     lifetime (default 8, at most 12: the services refuse tokens older than 12 hours,
                          TOCHUC_JWT_MAX_AGE_SECONDS)
            """;
    private static final Set<String> ROLES = Set.of("administrator", "board-officer", "unit-officer", "viewer",
            "integrator", "protection-officer");
    private static final Set<String> SCOPED = Set.of("unit-officer", "viewer", "integrator");
    private static final Set<String> PROVINCE_WIDE = Set.of("administrator", "board-officer");

    private TokenCommand() {
    }

    static String run(Path runDir, List<String> args) {
        List<String> roles = new ArrayList<>();
        List<String> units = new ArrayList<>();
        String subject = "dev@localhost";
        long hours = 8;
        for (int i = 0; i < args.size(); i++) {
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (args.get(i)) {
                case "--role" -> roles.add(role(value));
                case "--org-unit" -> units.add(UUID.fromString(required(value, "--org-unit")).toString());
                case "--subject" -> subject = required(value, "--subject");
                case "--hours" -> hours = Long.parseLong(required(value, "--hours"));
                default -> throw new IllegalArgumentException("unknown argument '" + args.get(i) + "'");
            }
            i++;
        }
        if (hours < 1 || hours > 12) {
            throw new IllegalArgumentException("--hours must be between 1 and 12: the services refuse a token"
                    + " older than 12 hours (TOCHUC_JWT_MAX_AGE_SECONDS), so a longer lifetime would not help;"
                    + " ask for a new token instead");
        }
        if (roles.isEmpty()) {
            roles.add("board-officer");
        }
        if (units.isEmpty() && roles.stream().anyMatch(SCOPED::contains)
                && roles.stream().noneMatch(PROVINCE_WIDE::contains)) {
            throw new IllegalArgumentException("the roles unit-officer, viewer and integrator act only for the units "
                    + "a token names, and this one would name none (the services answer 403 to it): add "
                    + "--org-unit ID for each unit, e.g. the id from GET /api/v1/org-units?q=...");
        }
        return new DevKeys(runDir).ensure().token(subject, roles, units, Duration.ofHours(hours));
    }

    private static String role(String value) {
        if (!ROLES.contains(required(value, "--role"))) {
            throw new IllegalArgumentException("--role must be one of " + ROLES);
        }
        return value;
    }

    private static String required(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " is missing its value");
        }
        return value;
    }
}
