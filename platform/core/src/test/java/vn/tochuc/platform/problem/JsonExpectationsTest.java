package vn.tochuc.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonExpectationsTest {

    enum Kind { APPOINTED, ELECTED }

    record Body(Kind kind, LocalDate startDate, UUID personId, Integer count) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void shouldListTheAllowedValuesOfAWrongEnumValue() {
        assertThat(messageFor("{\"kind\": \"PROMOTED\"}"))
                .isEqualTo("must be one of APPOINTED, ELECTED (not 'PROMOTED')");
    }

    @Test
    void shouldSayTheExpectedDateFormatInsteadOfTheParsersMessage() {
        assertThat(messageFor("{\"startDate\": \"30/02/2025\"}"))
                .isEqualTo("must be a date written YYYY-MM-DD, e.g. 2025-07-01 (not '30/02/2025')");
        assertThat(messageFor("{\"startDate\": \"2025-02-30\"}")).startsWith("must be a date written YYYY-MM-DD");
    }

    @Test
    void shouldSayAnIdIsAUuidAndACountAWholeNumber() {
        assertThat(messageFor("{\"personId\": \"Nguyễn\"}")).startsWith("must be an id (UUID)");
        assertThat(messageFor("{\"count\": \"many\"}")).startsWith("must be a whole number");
    }

    private String messageFor(String body) {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> json.readValue(body, Body.class));
        assertThat(e).as("the reader refuses " + body).isNotNull();
        return JsonExpectations.of(e);
    }
}
