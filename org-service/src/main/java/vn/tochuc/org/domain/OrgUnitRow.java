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
}
