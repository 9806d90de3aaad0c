package vn.tochuc.cadre.domain;

/** Which rules a discipline decision applies: party discipline (kỷ luật đảng) or civil service (công chức). */
public enum DisciplineSystem {
    PARTY,
    CIVIL_SERVICE
}
