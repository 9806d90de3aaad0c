package vn.tochuc.platform.orgscope;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.security.SignedInCaller;

/**
 * Which org units this request's caller may read and change: all of them for province-wide roles, else the
 * subtrees of the units the token names, as the org read model knows the tree today. Checked on every read and
 * write of a record, so a unit officer of one district cannot reach another district's records by guessing ids.
 */
@RequestScoped
public class OrgScope {

    private static final UUID NO_UNIT = new UUID(0, 0);

    private final SignedInCaller caller;
    private final OrgSubtrees tree;
    private Set<UUID> covered;
    private boolean onItsOwnBehalf;

    OrgScope(SignedInCaller caller, OrgSubtrees tree) {
        this.caller = caller;
        this.tree = tree;
    }

    /**
     * For work the service does in a request context of its own, outside any caller's request (a background job
     * that only a province-wide role may start): not limited to any org units.
     */
    public void actOnItsOwnBehalf() {
        onItsOwnBehalf = true;
    }

    public boolean unlimited() {
        return onItsOwnBehalf || caller.provinceWide();
    }

    /** Whether the caller acts for this unit. A record with no unit is reachable only province-wide. */
    public boolean covers(UUID unitId) {
        return unlimited() || (unitId != null && units().contains(unitId));
    }

    /**
     * A report of a unit, or a write placing something in one, must name a unit the caller acts for: 403 naming the
     * field otherwise. (The unit itself is no secret: the tree is readable by everyone in the province.)
     */
    public void requireUnit(String field, UUID unitId) {
        if (unitId == null ? !unlimited() : !covers(unitId)) {
            throw new ProblemException(403, "out-of-scope", unitId == null
                    ? ProblemText.of("out-of-scope.none").with("field", field)
                    : ProblemText.of("out-of-scope").with("unit", unitId).with("field", field));
        }
    }

    /**
     * The units the caller acts for, or null when unlimited (no filter needed). Never empty: a caller acting for
     * no unit gets only the nil id, which matches no unit, because an empty SQL {@code in} list is invalid.
     */
    public List<UUID> unitsOrAll() {
        if (unlimited()) {
            return null;
        }
        return units().isEmpty() ? List.of(NO_UNIT) : new ArrayList<>(units());
    }

    private Set<UUID> units() {
        if (covered == null) {
            covered = new HashSet<>();
            Set<UUID> roots = caller.orgUnits();
            if (!roots.isEmpty()) {
                covered.addAll(tree.subtrees(roots));
            }
        }
        return covered;
    }
}
