package vn.tochuc.org.rest;

import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;

/** Id query parameters, parsed here because JAX-RS answers a malformed UUID with a bare 404. */
final class Ids {

    private Ids() {
    }

    static UUID optional(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be an id (UUID) such as 0d4f7a3c-8a51-4c1e-b0a4-6b3e2f1d9c01");
        }
    }

    static UUID required(String name, String value) {
        UUID id = optional(name, value);
        if (id == null) {
            throw ProblemException.invalid(name, "is required");
        }
        return id;
    }
}
