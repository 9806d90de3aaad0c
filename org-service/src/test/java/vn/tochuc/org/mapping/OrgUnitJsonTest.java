package vn.tochuc.org.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-built times of the tree answers read exactly as the formatter the mapper uses would write them; an answer
 * kept for one date reads as of another by its units' dates alone.
 */
class OrgUnitJsonTest {

    @Test
    void shouldWriteTimesAsTheIsoOffsetFormatterDoes() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            int nano = switch (i % 5) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                case 3 -> random.nextInt(10) * 100_000_000;
                default -> random.nextInt(1_000_000_000);
            };
            OffsetDateTime time = OffsetDateTime.of(1000 + random.nextInt(9000), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60), nano,
                    ZoneOffset.UTC);

            assertThat(OrgUnitJson.iso(time)).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        }
    }

    @Test
    void shouldLeaveOtherOffsetsAndYearsToTheFormatter() {
        for (OffsetDateTime time : new OffsetDateTime[] {
            OffsetDateTime.of(2025, 7, 1, 7, 0, 0, 0, ZoneOffset.ofHours(7)),
            OffsetDateTime.of(999, 1, 1, 0, 0, 0, 5, ZoneOffset.UTC),
            OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)}) {
            assertThat(OrgUnitJson.iso(time)).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        }
    }

    @Test
    void shouldWriteAnotherDateIntoEveryUnitOfAnAnswerAndIntoNothingElse() {
        // the first unit's name holds the very text of the field, as a JSON string escapes it
        String answer = "[{\"name\":\"\\\"asOf\\\":\\\"2023-01-01\\\"\",\"asOf\":\"2023-01-01\",\"depth\":0},"
                + "{\"asOf\":\"2023-01-01\"}]";

        byte[] other = OrgUnitJson.withAsOf(answer.getBytes(StandardCharsets.UTF_8), "2023-01-01", "2023-01-02");

        assertThat(new String(other, StandardCharsets.UTF_8)).isEqualTo(
                "[{\"name\":\"\\\"asOf\\\":\\\"2023-01-01\\\"\",\"asOf\":\"2023-01-02\",\"depth\":0},"
                        + "{\"asOf\":\"2023-01-02\"}]");
    }

    @Test
    void shouldGiveTheSameBytesBackForTheDateTheyWereWrittenFor() {
        byte[] answer = "[{\"asOf\":\"2023-01-01\"}]".getBytes(StandardCharsets.UTF_8);

        assertThat(OrgUnitJson.withAsOf(answer, "2023-01-01", "2023-01-01")).isSameAs(answer);
    }
}
