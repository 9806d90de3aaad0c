package vn.tochuc.platform.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the rule versions a service ships (tochuc.rules.seeds: classpath JSON files) at startup: the rules and
 * versions it does not have yet, by their seed keys, so a release can add versions and a restart adds nothing twice.
 * Versions added through the API are never touched. A seed the service's own checks refuse stops the start.
 */
@ApplicationScoped
public class RuleSeeds {

    /** A seed file: the rules of one service, each with its versions. */
    public record SeedFile(List<SeedRule> rules) {
    }

    public record SeedRule(String code, String title, String description, List<SeedVersion> versions) {
    }

    /** A version as {@link NewRuleVersion} has it, with a stable key (e.g. discipline-bars/qd-377-2025). */
    public record SeedVersion(String key, LocalDate validFrom, LocalDate validTo, RuleBasis basis, boolean toConfirm,
            String note, JsonNode values) {

        NewRuleVersion request() {
            return new NewRuleVersion(validFrom, validTo, basis, toConfirm, note, values);
        }
    }

    private static final Logger LOG = Logger.getLogger(RuleSeeds.class);

    private final Rules rules;
    private final ObjectMapper json;
    private final EntityManager em;
    private final Optional<List<String>> files;

    RuleSeeds(Rules rules, ObjectMapper json, EntityManager em,
            @ConfigProperty(name = "tochuc.rules.seeds") Optional<List<String>> files) {
        this.rules = rules;
        this.json = json;
        this.em = em;
        this.files = files;
    }

    void onStart(@Observes StartupEvent start) {
        files.ifPresent(list -> list.forEach(this::load));
    }

    /** Loads one seed file; returns how many versions were new. */
    @Transactional
    public int load(String resource) {
        // Replicas starting together: one loads, the others wait and then find every key present.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('tochuc.rules.seed'))").getSingleResult();
        SeedFile file = read(resource);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int added = 0;
        for (SeedRule seed : file.rules()) {
            RuleSet rule = RuleSet.findById(seed.code());
            if (rule == null) {
                rule = new RuleSet();
                rule.code = seed.code();
                rule.title = seed.title();
                rule.description = seed.description();
                rule.createdAt = now;
                rule.updatedAt = now;
                rule.persist();
            }
            for (SeedVersion v : seed.versions()) {
                if (!RuleVersion.seeded(v.key())) {
                    rules.record(rule, v.request(), v.key(), "seed:" + resource, null);
                    added++;
                }
            }
        }
        if (added > 0) {
            LOG.infof("Rules: %d new version(s) from %s", added, resource);
        }
        return added;
    }

    private SeedFile read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("tochuc.rules.seeds names " + resource + ", which is not on the "
                        + "classpath");
            }
            return json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Rule seed " + resource + " is not a valid seed file", e);
        }
    }
}
