package vn.tochuc.org.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The current row of a walk down the structure as of a date, read column by column where it lies (a JDBC cursor), so
 * that a province of 10,000 units is written out without an object per unit; the same fields as
 * {@link OrgUnitSnapshot}. Valid only while the walk hands it over.
 */
public interface OrgUnitRow {

    UUID id();

    String code();

    String name();

    String shortName();

    String kind();

    UUID parentId();

    LocalDate validFrom();

    LocalDate validTo();

    String status();

    LocalDate establishedOn();

    LocalDate ceasedOn();

    String foundingDecisionNumber();

    LocalDate foundingDecisionDate();

    String foundingDecisionIssuer();

    long version();

    OffsetDateTime createdAt();

    OffsetDateTime updatedAt();

    int depth();

    /**
     * What the JSON of a unit in a tree read is written from, besides the read's date and the unit's depth: the unit,
     * the version in effect (the one that took effect on {@code validFrom}: versions of a unit do not overlap), the
     * unit's {@code version} (every change of a unit or of its versions raises it, {@code StructureChanges}), and
     * whether it had ceased on the date. One key names one text.
     */
    record Key(UUID unit, LocalDate validFrom, long version, boolean ceased) {

        /** The key of {@code row}, decoding 4 of its columns. */
        public static Key of(OrgUnitRow row) {
            return new Key(row.id(), row.validFrom(), row.version(), "CEASED".equals(row.status()));
        }
    }
}
