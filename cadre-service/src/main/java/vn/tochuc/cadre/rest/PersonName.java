package vn.tochuc.cadre.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A name in its three declared parts; the service never splits a full name by position. */
@Schema(name = "PersonName", description = "Họ, tên đệm, tên: kept apart as declared")
public record PersonName(
        @NotBlank @Size(max = 50) @Pattern(regexp = LETTERS, message = LETTERS_MESSAGE)
        @Schema(description = "Họ", examples = "Nguyễn") String surname,
        @Size(max = 100) @Pattern(regexp = LETTERS, message = LETTERS_MESSAGE)
        @Schema(description = "Tên đệm; absent when there is none", examples = "Trung") String middleName,
        @NotBlank @Size(max = 50) @Pattern(regexp = LETTERS, message = LETTERS_MESSAGE)
        @Schema(description = "Tên", examples = "Hải") String givenName) {

    static final String LETTERS = "[\\p{L}\\p{M}]+([ '’-][\\p{L}\\p{M}]+)*";
    static final String LETTERS_MESSAGE = "may hold only letters, single spaces, hyphens and apostrophes, "
            + "without leading or trailing spaces";

    public String full() {
        return middleName == null || middleName.isBlank() ? surname + " " + givenName
                : surname + " " + middleName + " " + givenName;
    }
}
