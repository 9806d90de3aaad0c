package vn.tochuc.cadre.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A person's CV (sơ yếu lý lịch, form 2C): the identity every cadre and party-member record hangs on. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Số CCCD / định danh cá nhân; absent for old records that never had one. */
    @Column(name = "national_id")
    public String nationalId;

    /** Họ, tên đệm, tên khai sinh: as declared, never split from a full name. */
    @Column(nullable = false)
    public String surname;
    @Column(name = "middle_name")
    public String middleName;
    @Column(name = "given_name", nullable = false)
    public String givenName;

    /** The name in use (tên thường dùng) when it differs from the birth name. */
    @Column(name = "used_surname")
    public String usedSurname;
    @Column(name = "used_middle_name")
    public String usedMiddleName;
    @Column(name = "used_given_name")
    public String usedGivenName;

    /** Tên gọi khác, as written. */
    @Column(name = "other_names")
    public String otherNames;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(name = "birth_year", nullable = false)
    public int birthYear;
    @Column(name = "birth_month")
    public Integer birthMonth;
    @Column(name = "birth_day")
    public Integer birthDay;
    @Enumerated(EnumType.STRING)
    @Column(name = "birth_precision", nullable = false)
    public PartialDate.Precision birthPrecision;
    @Column(name = "birth_date_floor", nullable = false)
    public LocalDate birthDateFloor;

    @Column(name = "death_date")
    public LocalDate deathDate;

    @Column(name = "birthplace")
    public String birthplace;
    @Column(name = "birthplace_unit_code")
    public String birthplaceUnitCode;
    @Column(name = "home_town")
    public String homeTown;
    @Column(name = "home_town_unit_code")
    public String homeTownUnitCode;

    @Column(name = "ethnicity_code")
    public String ethnicityCode;
    @Column(name = "religion_code")
    public String religionCode;
    @Column(name = "general_education")
    public String generalEducation;
    @Column(name = "education_level_code")
    public String educationLevelCode;
    @Column(name = "political_theory_code")
    public String politicalTheoryCode;
    @Column(name = "state_management_code")
    public String stateManagementCode;
    @Column(name = "it_level")
    public String itLevel;

    /** The org unit the person works in now, as the org-scope read model knows it. */
    @Column(name = "current_org_unit_id")
    public UUID currentOrgUnitId;

    /** The repeated CV sections as one JSON document ({@link CvSections}). */
    @Column(name = "cv_sections", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    public String cvSections;

    @Column(name = "search_key", nullable = false)
    public String searchKey;
    @Column(name = "birth_name_key", nullable = false)
    public String birthNameKey;
    @Column(name = "sort_key", nullable = false)
    public String sortKey;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * Every column of {@code person}, in the order of {@link #columnValues()}: what a bulk creation sends with COPY
     * instead of Hibernate's insert ({@code PersonService.createAll}). A field added above needs its column here;
     * {@code ImportedPersonTest} compares this list with the table's columns and an imported row with one the API
     * wrote.
     */
    public static final String[] COLUMNS = {"id", "national_id", "surname", "middle_name", "given_name",
        "used_surname", "used_middle_name", "used_given_name", "other_names", "sex", "birth_year", "birth_month",
        "birth_day", "birth_precision", "birth_date_floor", "death_date", "birthplace", "birthplace_unit_code",
        "home_town", "home_town_unit_code", "ethnicity_code", "religion_code", "general_education",
        "education_level_code", "political_theory_code", "state_management_code", "it_level", "current_org_unit_id",
        "cv_sections", "search_key", "birth_name_key", "sort_key", "version", "created_at", "updated_at"};

    /** The row's values as Hibernate writes them (enums by name), in the order of {@link #COLUMNS}. */
    public Object[] columnValues() {
        return new Object[] {id, nationalId, surname, middleName, givenName, usedSurname, usedMiddleName,
            usedGivenName, otherNames, sex == null ? null : sex.name(), birthYear, birthMonth, birthDay,
            birthPrecision == null ? null : birthPrecision.name(), birthDateFloor, deathDate, birthplace,
            birthplaceUnitCode, homeTown, homeTownUnitCode, ethnicityCode, religionCode, generalEducation,
            educationLevelCode, politicalTheoryCode, stateManagementCode, itLevel, currentOrgUnitId, cvSections,
            searchKey, birthNameKey, sortKey, version, createdAt, updatedAt};
    }

    public PartialDate dateOfBirth() {
        return new PartialDate(birthYear, birthMonth, birthDay);
    }
}
