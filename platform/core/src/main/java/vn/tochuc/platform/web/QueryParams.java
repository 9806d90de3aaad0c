package vn.tochuc.platform.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * Parses query parameters that JAX-RS would otherwise turn into a bare 404 when malformed, so the caller learns
 * which parameter was wrong and what it should look like.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO date such as 2025-07-01; {@code fallback} when absent. */
    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, ProblemText.of("field.date"));
        }
    }

    /**
     * The {@code since} of a sync feed ({@code changes?since=}): an ISO-8601 time with its offset, required. A date
     * alone or a time without an offset is refused rather than guessed (whose midnight?).
     */
    public static OffsetDateTime since(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid("since", "is required: the time of your last sync, or "
                    + "1970-01-01T00:00:00Z for a first full one");
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("since", "must be an ISO-8601 time with offset, such as "
                    + "2026-11-01T00:00:00Z or 2026-11-01T07:00:00+07:00");
        }
    }

    /** An id such as 0d4f7a3c-8a51-4c1e-b0a4-6b3e2f1d9c01; null when absent. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, ProblemText.of("field.uuid"));
        }
    }

    /** An id that must be given; {@code why} says what it names, e.g. "the unit at the top of the report". */
    public static UUID requiredUuid(String name, String value, String why) {
        UUID id = uuid(name, value);
        if (id == null) {
            throw ProblemException.invalid(name, ProblemText.of("field.required").with("why", why));
        }
        return id;
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw ProblemException.invalid(name, ProblemText.of("field.whole-number-range").with("min", min)
                .with("max", max));
    }

    /** One of an enum's constants by name, e.g. {@code status=OVERDUE}; null when absent. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, ProblemText.of("field.one-of")
                    .with("values", java.util.Arrays.asList(type.getEnumConstants())));
        }
    }
}
