package vn.tochuc.cadre.domain;

/** Giới tính as the CV form and the national ID record it: the century-and-sex digit of a CCCD has two values. */
public enum Sex {
    MALE,
    FEMALE
}
