package vn.tochuc.cadre.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** One value of a reference list of the CV form (dân tộc, tôn giáo, trình độ ...), seeded by Flyway. */
@Entity
@Table(name = "reference_code")
@IdClass(ReferenceCode.Key.class)
public class ReferenceCode extends PanacheEntityBase {

    public static final String ETHNICITIES = "ethnicities";
    public static final String RELIGIONS = "religions";
    public static final String EDUCATION_LEVELS = "education-levels";
    public static final String POLITICAL_THEORY_LEVELS = "political-theory-levels";
    public static final String STATE_MANAGEMENT_GRADES = "state-management-grades";
    public static final List<String> LISTS = List.of(ETHNICITIES, RELIGIONS, EDUCATION_LEVELS,
            POLITICAL_THEORY_LEVELS, STATE_MANAGEMENT_GRADES);

    @Id
    @Column(name = "list_name")
    public String listName;

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    public static List<ReferenceCode> listOf(String listName) {
        return list("listName = ?1 order by sortOrder, code", listName);
    }

    /** The codes of a list, to judge many values by one read. */
    public static Set<String> codesOf(String listName) {
        return Set.copyOf(getEntityManager().createQuery("select code from ReferenceCode where listName = ?1",
                String.class).setParameter(1, listName).getResultList());
    }

    /** By key, so a code met again in the same transaction (rows of an import chunk) is not queried again. */
    public static boolean exists(String listName, String code) {
        return findById(new Key(listName, code)) != null;
    }

    /** The composite key: a code is unique within its list. */
    public record Key(String listName, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
