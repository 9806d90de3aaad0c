package vn.tochuc.cadre.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;

/** The per-row report of a job, in row order, optionally of one status, paged by row number. */
@ApplicationScoped
public class ImportRows {

    private final EntityManager em;
    private final ObjectMapper json;

    ImportRows(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public Page<RowResult> find(UUID jobId, String status, String limit, String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 1);
        int afterRow = after.isEmpty() ? 0 : PageTokens.part(after.get(0), Integer::parseInt);
        String wanted = status(status);
        jakarta.persistence.Query query = em.createNativeQuery("select row_number, status, national_id, person_id, "
                + "membership_id, problems::text from import_row where job_id = ?1 and row_number > ?2"
                + (wanted == null ? "" : " and status = ?3") + " order by row_number limit " + (size + 1))
                .setParameter(1, jobId).setParameter(2, afterRow);
        if (wanted != null) {
            query.setParameter(3, wanted);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<RowResult> results = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(size, rows.size()))) {
            results.add(new RowResult(((Number) r[0]).intValue(), RowResult.Status.valueOf((String) r[1]),
                    (String) r[2], uuid(r[3]), uuid(r[4]), problems((String) r[5])));
        }
        String next = rows.size() > size ? PageTokens.encode(String.valueOf(results.get(size - 1).rowNumber())) : null;
        return new Page<>(results, next);
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RowResult.Status.valueOf(status.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be CREATED, UPDATED, UNCHANGED or REJECTED");
        }
    }

    private static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    private List<FieldError> problems(String text) {
        try {
            return json.readValue(text, new TypeReference<List<FieldError>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Row problems are not readable JSON", e);
        }
    }
}
