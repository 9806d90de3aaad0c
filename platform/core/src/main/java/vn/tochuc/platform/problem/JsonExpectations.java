package vn.tochuc.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a field of the wrong type or format should have held, said the way the API document says it, rather than
 * the JSON reader's own message ("Cannot deserialize value of type `java.time.LocalDate` from String ...").
 */
final class JsonExpectations {

    private JsonExpectations() {
    }

    static String of(JsonMappingException e) {
        return of(e, false);
    }

    /** The field message for {@code e}, or null when the type says nothing a caller could act on. */
    static String of(JsonMappingException e, boolean vi) {
        if (!(e instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
            return null;
        }
        Class<?> type = mismatch.getTargetType();
        String sent = e instanceof InvalidFormatException format && format.getValue() != null
                ? (vi ? " (không phải '" : " (not '") + shortened(String.valueOf(format.getValue())) + "')" : "";
        if (type.isEnum()) {
            return (vi ? "phải là một trong các giá trị " : "must be one of ") + Arrays.stream(type.getEnumConstants())
                    .map(c -> vi && c instanceof Enum<?> constant ? ProblemCatalog.withLabel(constant)
                            : String.valueOf(c)).collect(Collectors.joining(", ")) + sent;
        }
        if (type == LocalDate.class) {
            return (vi ? "phải là ngày dạng YYYY-MM-DD, ví dụ 2025-07-01" : "must be a date written YYYY-MM-DD, e.g. 2025-07-01") + sent;
        }
        if (type == YearMonth.class) {
            return (vi ? "phải là tháng dạng YYYY-MM, ví dụ 2025-07" : "must be a month written YYYY-MM, e.g. 2025-07") + sent;
        }
        if (type == OffsetDateTime.class || type == Instant.class) {
            return (vi ? "phải là ngày giờ kèm múi giờ, ví dụ 2025-07-01T08:00:00+07:00" : "must be a date and time with its offset, e.g. 2025-07-01T08:00:00+07:00") + sent;
        }
        if (type == LocalDateTime.class) {
            return (vi ? "phải là ngày giờ dạng YYYY-MM-DDTHH:MM:SS, ví dụ 2025-07-01T08:00:00" : "must be a date and time written YYYY-MM-DDTHH:MM:SS, e.g. 2025-07-01T08:00:00") + sent;
        }
        if (type == UUID.class) {
            return (vi ? "phải là mã định danh (UUID), ví dụ 0d4f7a3c-8a51-4c1e-b0a4-6b3e2f1d9c01" : "must be an id (UUID) such as 0d4f7a3c-8a51-4c1e-b0a4-6b3e2f1d9c01") + sent;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return (vi ? "phải là số nguyên" : "must be a whole number") + sent;
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class) {
            return (vi ? "phải là số, ví dụ 12.5" : "must be a number, e.g. 12.5") + sent;
        }
        if (type == Boolean.class || type == boolean.class) {
            return (vi ? "phải là true hoặc false" : "must be true or false") + sent;
        }
        if (type == String.class) {
            return vi ? "phải là văn bản (chuỗi JSON)" : "must be a text (a JSON string)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return vi ? "phải là danh sách (mảng JSON)" : "must be a list (a JSON array)";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return vi ? "phải là một đối tượng (JSON { ... })" : "must be an object (JSON { ... })";
        }
        return null;
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
