package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.QualityRating;
import vn.tochuc.cadre.domain.ReferenceCode;
import vn.tochuc.cadre.domain.RestrictedRead;
import vn.tochuc.cadre.domain.Sex;
import vn.tochuc.cadre.repository.ListedPerson;
import vn.tochuc.cadre.repository.PersonQueries;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.text.VietnameseText;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;

/** Turns the list's query parameters into criteria, refusing malformed ones with the parameter's name. */
@ApplicationScoped
public class PersonSearch {

    public static final int MAX_AGE = 150;

    private final PersonQueries queries;
    private final UnitScope unitScope;

    PersonSearch(PersonQueries queries, UnitScope unitScope) {
        this.queries = queries;
        this.unitScope = unitScope;
    }

    /** The raw query parameters of GET /api/v1/persons. */
    public record Params(String q, String sex, String ethnicityCode, String politicalTheoryCode, String ageMin,
            String ageMax, String orgUnitId, String membershipStage, String positionId, String rating,
            String ratingYear, String limit, String pageToken) {
    }

    /** One page; when {@code reader} is given, the page's statement also records its read of the persons shown. */
    public Page<ListedPerson> search(Params p, Optional<RestrictedRead.Reader> reader) {
        int size = PageTokens.limit(p.limit());
        List<String> after = PageTokens.decode(p.pageToken(), 2);
        String folded = p.q() == null || p.q().isBlank() ? null : VietnameseText.searchKey(VietnameseText.nfc(p.q()));
        if (folded != null && folded.length() > 200) {
            throw ProblemException.invalid("q", "must be at most 200 characters");
        }
        LocalDate today = LocalDate.now();
        int min = QueryParams.integer("ageMin", p.ageMin(), -1, 0, MAX_AGE);
        int max = QueryParams.integer("ageMax", p.ageMax(), -1, 0, MAX_AGE);
        if (min >= 0 && max >= 0 && min > max) {
            throw ProblemException.invalid("ageMin", "must not be greater than ageMax");
        }
        // Age in full years today; a date known only to the month or year counts from its first day.
        LocalDate bornOnOrBefore = min < 0 ? null : today.minusYears(min);
        LocalDate bornAfter = max < 0 ? null : today.minusYears(max + 1L);
        List<ListedPerson> rows = queries.find(new PersonQueries.Criteria(folded, sex(p.sex()),
                code("ethnicityCode", ReferenceCode.ETHNICITIES, p.ethnicityCode()),
                code("politicalTheoryCode", ReferenceCode.POLITICAL_THEORY_LEVELS, p.politicalTheoryCode()),
                bornOnOrBefore, bornAfter, unitScope.subtree(p.orgUnitId()),
                named("membershipStage", MembershipStage.class, p.membershipStage()),
                QueryParams.uuid("positionId", p.positionId()), named("rating", QualityRating.Grade.class, p.rating()),
                QueryParams.integer("ratingYear", p.ratingYear(), today.getYear() - 1, 1945, today.getYear()),
                after.isEmpty() ? null : after.get(0), after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString)), size + 1,
                reader.map(r -> new PersonQueries.Recorded(r, size)));
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        ListedPerson last = rows.get(size - 1);
        return new Page<>(rows.subList(0, size), PageTokens.encode(last.sortKey(), last.id().toString()));
    }

    /** A value of one of the domain's closed lists, named in the problem when it is not one of them. */
    private static <E extends Enum<E>> E named(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Sex sex(String sex) {
        if (sex == null || sex.isBlank()) {
            return null;
        }
        try {
            return Sex.valueOf(sex.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("sex", "must be MALE or FEMALE");
        }
    }

    private static String code(String name, String list, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!ReferenceCode.exists(list, code.strip())) {
            throw ProblemException.invalid(name, "'" + code + "' is not in the list; see GET "
                    + "/api/v1/cadres/reference-data/" + list);
        }
        return code.strip();
    }
}
