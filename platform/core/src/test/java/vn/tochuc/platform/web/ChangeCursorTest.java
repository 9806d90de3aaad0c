package vn.tochuc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.problem.ProblemException;

class ChangeCursorTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2025-07-01T08:30:00.123456+07:00");

    @Test
    void shouldGiveBackTheTimeAndKeyItsTokenWasMadeFrom() {
        UUID id = UUID.fromString("5b3e8f2a-7c41-4d9e-a6b0-2f1c9d8e4a73");

        String token = ChangeCursor.encode(AT, id);

        assertThat(ChangeCursor.decode(token, UUID::fromString)).isEqualTo(new ChangeCursor<>(AT, id));
        assertThat(new ChangeCursor<>(AT, id).encode()).isEqualTo(token);
    }

    @Test
    void shouldCarryASequenceNumberAsKey() {
        assertThat(ChangeCursor.decode(ChangeCursor.encode(AT, 42L), Long::valueOf)).isEqualTo(new ChangeCursor<>(AT, 42L));
    }

    @Test
    void shouldStartAtTheFirstPageWithoutAToken() {
        assertThat(ChangeCursor.decode(null, UUID::fromString)).isNull();
        assertThat(ChangeCursor.decode("", UUID::fromString)).isNull();
    }

    @Test
    void shouldGiveNoTokenAfterTheLastPage() {
        assertThat(ChangeCursor.encode(null, null)).isNull();
    }

    @Test
    void shouldRefuseATokenWhoseTimeOrKeyDoesNotParseAsPageToken() {
        assertThatThrownBy(() -> ChangeCursor.decode(PageTokens.encode("yesterday", "1"), Long::valueOf))
                .isInstanceOf(ProblemException.class).hasMessageContaining("pageToken");
        assertThatThrownBy(() -> ChangeCursor.decode(PageTokens.encode(AT.toString(), "x"), UUID::fromString))
                .isInstanceOf(ProblemException.class).hasMessageContaining("pageToken");
    }
}
