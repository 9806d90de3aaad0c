package vn.tochuc.org.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A term of office (nhiệm kỳ), e.g. 2025-2030. */
@Entity
@Table(name = "term")
public class Term extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(name = "end_year", nullable = false)
    public int endYear;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    /** PARTY_LOCAL (party congresses of a province and below) or NATIONAL (national congress, assemblies). */
    @Column(nullable = false)
    public String scope;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
