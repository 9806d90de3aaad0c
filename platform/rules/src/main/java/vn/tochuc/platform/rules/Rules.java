package vn.tochuc.platform.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.persistence.TransactionMemo;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;

/**
 * The rules of this service as they stand on a day: a decision asks for the version in force on its date, reads
 * its values, and keeps the {@link RuleCitation} so its answer names the text that judged it.
 */
@ApplicationScoped
public class Rules {

    /** The version in force and its values, read as the service's own type. */
    public record InForce<T>(T values, RuleCitation citation, RuleVersion version) {
    }

    /** A rule's versions as this transaction read them, and a version's values as one type (keys of the memo). */
    private record Versions(String rule) {
    }

    private record Values(UUID version, Class<?> type) {
    }

    private final ObjectMapper json;
    private final Outbox outbox;
    private final TransactionMemo memo;
    private final Instance<RuleValuesCheck> checks;
    private final Event<RuleVersionRecorded> recorded;
    private final String topic;

    Rules(ObjectMapper json, Outbox outbox, TransactionMemo memo, Instance<RuleValuesCheck> checks,
            Event<RuleVersionRecorded> recorded,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "tochuc.rules.topic") java.util.Optional<String> topic) {
        this.json = json;
        this.outbox = outbox;
        this.memo = memo;
        this.checks = checks;
        this.recorded = recorded;
        this.topic = topic.orElse(defaultTopic(applicationName));
    }

    /** cadre-service publishes on tochuc.cadre.rule, org-service on tochuc.org.rule, task-service on tochuc.task.rule. */
    static String defaultTopic(String applicationName) {
        return "tochuc." + applicationName.replaceFirst("-service$", "") + ".rule";
    }

    public String topic() {
        return topic;
    }

    /**
     * The version of a rule in force on a day, or 422 naming the rule and the day: a decision dated before the
     * earliest version the service knows cannot be judged, and saying so beats judging it by a later text.
     *
     * <p>Within a transaction the rule's versions are read once and each day is judged among them in memory: a
     * chunk of an import judges hundreds of rows, each by its own date, with one query.
     */
    public RuleVersion inForce(String rule, LocalDate day) {
        List<RuleVersion> versions = memo.get(new Versions(rule), () -> RuleVersion.newestFirst(rule));
        return RuleVersion.inForce(versions, day).orElseThrow(() -> noneInForce(rule, day));
    }

    static ProblemException noneInForce(String rule, LocalDate day) {
        return new ProblemException(422, "no-rule-in-force", "No version of rule " + rule + " is in force on " + day
                + "; see GET on the service's rules API for the versions it knows, and ask an administrator to add "
                + "the one for that date.");
    }

    /** Every version of a rule with its values as {@code type}, to ask which is in force on many days. */
    public <T> RuleTimeline<T> timeline(String rule, Class<T> type) {
        return new RuleTimeline<>(rule, memo.get(new Versions(rule), () -> RuleVersion.newestFirst(rule)),
                v -> values(v, type));
    }

    /** The version in force on a day and its values as {@code type}. */
    public <T> InForce<T> read(String rule, LocalDate day, Class<T> type) {
        RuleVersion v = inForce(rule, day);
        return new InForce<>(values(v, type), RuleCitation.of(v), v);
    }

    /** A version's values as {@code type} (the version a decision kept, read again). */
    public <T> T values(RuleVersion v, Class<T> type) {
        return type.cast(memo.get(new Values(v.id, type), () -> parse(v, type)));
    }

    private <T> T parse(RuleVersion v, Class<T> type) {
        try {
            return json.readValue(v.values, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Version " + v.id + " of rule " + v.ruleCode + " has values that do not "
                    + "read as " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public JsonNode tree(RuleVersion v) {
        try {
            return json.readTree(v.values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Version " + v.id + " of rule " + v.ruleCode + " is not JSON", e);
        }
    }

    /**
     * The rule with this code, made (without versions) when the service has none yet: for a family of rules a
     * service opens as it goes, such as task-service's congress schedule of a new term. Locked until the transaction
     * ends, like {@link #add}, so a version added next sees no concurrent one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RuleSet define(String code, String title, String description) {
        RuleSet rule = RuleSet.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (rule != null) {
            return rule;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        rule = new RuleSet();
        rule.code = code;
        rule.title = title;
        rule.description = description;
        rule.createdAt = now;
        rule.updatedAt = now;
        rule.persist();
        RuleSet.flush(); // the inserted row holds its lock: a second definer waits on the key
        return rule;
    }

    public RuleSet rule(String code) {
        RuleSet rule = RuleSet.findById(code);
        if (rule == null) {
            throw new ProblemException(404, "not-found", "There is no rule " + code + " in this service; GET the "
                    + "rules API without a code to list them.");
        }
        return rule;
    }

    /**
     * Adds a version on the rule version the caller read (If-Match): the rule row is locked first, so two
     * administrators adding versions at once cannot both pass the check. Recorded with who and which request (the
     * row is the audit record) and published as rule.version-added.v1.
     */
    @Transactional
    public RuleVersion add(String code, String ifMatch, NewRuleVersion request, String actor, String requestId) {
        long expected = EntityVersions.expectedVersion(ifMatch);
        RuleSet rule = RuleSet.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (rule == null) {
            rule(code); // answers 404
        }
        EntityVersions.requireMatch("\"" + expected + "\"", rule.version);
        return record(rule, request, null, actor, requestId);
    }

    /** Records a version (checked first); {@code seedKey} non-null for versions of the service's seed file. */
    @Transactional(Transactional.TxType.MANDATORY)
    RuleVersion record(RuleSet rule, NewRuleVersion request, String seedKey, String actor, String requestId) {
        check(rule.code, request);
        RuleVersion superseded = RuleVersion.<RuleVersion>find("ruleCode = ?1 and validFrom = ?2 order by seq desc",
                rule.code, request.validFrom()).firstResult();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        RuleVersion v = new RuleVersion();
        v.id = UUID.randomUUID();
        v.ruleCode = rule.code;
        v.validFrom = request.validFrom();
        v.validTo = request.validTo();
        v.values = request.values().toString();
        v.basisDocument = request.basis().document().strip();
        v.basisIssuedOn = request.basis().issuedOn();
        v.basisArticle = blankToNull(request.basis().article());
        v.basisTitle = blankToNull(request.basis().title());
        v.toConfirm = request.toConfirm();
        v.note = blankToNull(request.note());
        v.seedKey = seedKey;
        v.recordedAt = now;
        v.recordedBy = actor;
        v.requestId = requestId;
        v.persist();
        memo.forget(new Versions(rule.code)); // this transaction judges by the new version from now on
        rule.versionAdded(now);
        RuleVersion.flush();
        outbox.publish(topic, rule.code, RuleEvents.VERSION_ADDED_V1, new RuleEvents.VersionAddedV1(rule.code,
                rule.title, v.id, v.validFrom, v.validTo, v.basis(), v.toConfirm, v.note, request.values(),
                seedKey != null, now));
        recorded.fire(new RuleVersionRecorded(rule, v, superseded, seedKey != null, actor, requestId));
        return v;
    }

    private void check(String code, NewRuleVersion r) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            problems.add(new Problem.FieldError("validTo", "is before validFrom " + r.validFrom()
                    + ": the last day in force cannot come before the first"));
        }
        if (r.values() == null || !r.values().isObject()) {
            problems.add(new Problem.FieldError("values", "must be a JSON object with the rule's values"));
        } else {
            for (RuleValuesCheck check : checks) {
                if (check.appliesTo(code)) {
                    problems.addAll(check.problems(r.values()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(400, "validation-failed", "The new version of rule " + code + " cannot be "
                    + "used as sent; fix the fields listed and send it again.", problems);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
