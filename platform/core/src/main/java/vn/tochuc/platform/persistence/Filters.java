package vn.tochuc.platform.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The where-clause of a list query (Panache HQL): optional filters joined with AND, and the keyset condition that
 * continues a page after the last row of the previous one, ordered by a sort field and then id.
 */
public final class Filters {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause}, which names the value {@code :name}, unless the value is null (no filter). */
    public Filters and(String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
        return this;
    }

    /** Adds a clause that names two values, unless the first is null (the second only qualifies it). */
    public Filters and(String clause, String name, Object value, String secondName, Object secondValue) {
        if (value != null) {
            and(clause, name, value);
            params.put(secondName, secondValue);
        }
        return this;
    }

    /** Adds a clause without a parameter when the condition holds. */
    public Filters andIf(boolean condition, String clause) {
        if (condition) {
            where.append(" and ").append(clause);
        }
        return this;
    }

    /** Continues after the row with this sort value and id; no condition for the first page (null value). */
    public Filters after(String sortField, Object sortValue, UUID id) {
        if (sortValue != null) {
            where.append(" and (").append(sortField).append(" > :afterSort or (").append(sortField)
                    .append(" = :afterSort and id > :afterId))");
            params.put("afterSort", sortValue);
            params.put("afterId", id);
        }
        return this;
    }

    /** For a newest-first list: continues after the row with this sort value and id, going down. */
    public Filters before(String sortField, Object sortValue, UUID id) {
        if (sortValue != null) {
            where.append(" and (").append(sortField).append(" < :afterSort or (").append(sortField)
                    .append(" = :afterSort and id < :afterId))");
            params.put("afterSort", sortValue);
            params.put("afterId", id);
        }
        return this;
    }

    /** The query text, in the descending keyset's order ({@link #before}). */
    public String orderedByDescending(String sortField) {
        return where + " order by " + sortField + " desc, id desc";
    }

    /** The conditions alone, for a query that is ordered by id only. */
    public String where() {
        return where.toString();
    }

    /** The query text, in the keyset's order. */
    public String orderedBy(String sortField) {
        return where + " order by " + sortField + ", id";
    }

    public Map<String, Object> params() {
        return params;
    }

    public boolean isEmpty() {
        return params.isEmpty();
    }
}
