package vn.tochuc.cadre.domain;

/**
 * The post an appointment or planning is for, against the person's current post: what decides which window of a
 * discipline bar applies (higher post, or equal-or-higher post). A person holding no post is always going HIGHER.
 */
public enum PostLevel {
    HIGHER,
    EQUAL,
    LOWER
}
