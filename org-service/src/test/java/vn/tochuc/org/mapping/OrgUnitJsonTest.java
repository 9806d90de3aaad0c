package vn.tochuc.org.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.OrgUnitSnapshot;

/**
 * The hand-built times of the tree answers read exactly as the formatter the mapper uses would write them; an answer
 * kept for one date reads as of another by its units' dates alone; a unit's node reads as the unit written afresh.
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

    @Test
    void shouldWriteUnitsFromTheirNodesWithTheBytesOfUnitsWrittenFieldByField() throws IOException {
        JsonFactory factory = new ObjectMapper().getFactory();
        // a name with the field's own text and non-ASCII letters; a unit with every optional field empty
        OrgUnitSnapshot full = new OrgUnitSnapshot(UUID.randomUUID(), "TU-26", "Tỉnh ủy \"asOf\":\"Vĩnh Phúc",
                "TU", "PROVINCIAL_PARTY_COMMITTEE", UUID.randomUUID(), LocalDate.parse("2020-10-15"),
                LocalDate.parse("2025-07-01"), "CEASED", LocalDate.parse("1997-01-01"), LocalDate.parse("2025-07-01"),
                "202/2025/QH15", LocalDate.parse("2025-06-12"), "Quốc hội", 7,
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 600_000_000, ZoneOffset.UTC),
                OffsetDateTime.of(2025, 7, 1, 0, 0, 0, 0, ZoneOffset.UTC), 0);
        OrgUnitSnapshot bare = new OrgUnitSnapshot(UUID.randomUUID(), "CB-1", "Chi bộ 1", null, "PARTY_CELL", null,
                LocalDate.parse("2021-01-01"), null, "ACTIVE", null, null, null, null, null, 0,
                OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), null, 0);
        List<OrgUnitJson.Node> nodes = List.of(OrgUnitJson.Node.of(factory, full), OrgUnitJson.Node.of(factory, bare));

        for (int depth : new int[] {0, 3, 12}) {
            String fromNodes = array(factory, json -> {
                for (OrgUnitJson.Node node : nodes) {
                    node.write(json, OrgUnitJson.Node.between("2023-05-10", depth));
                }
            });
            String written = array(factory, json -> {
                OrgUnitJson.writeTreeNode(json, full.atDepth(depth), "2023-05-10");
                OrgUnitJson.writeTreeNode(json, bare.atDepth(depth), "2023-05-10");
            });

            assertThat(fromNodes).isEqualTo(written);
        }
    }

    private interface Items {
        void write(JsonGenerator json) throws IOException;
    }

    private static String array(JsonFactory factory, Items items) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartArray();
            items.write(json);
            json.writeEndArray();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
