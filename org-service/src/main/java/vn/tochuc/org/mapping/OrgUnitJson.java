package vn.tochuc.org.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import vn.tochuc.org.domain.OrgUnitRow;
import vn.tochuc.org.rest.OrgUnitResponse;

/**
 * Writes a unit of a tree read as the JSON of {@link OrgUnitResponse} (from {@link OrgUnitMapper#toTreeNode}),
 * field by field from the database row: a province is 10,000 of them, and a row, a snapshot, a response and a
 * reflective serialization each cost more than the query's own share. The same bytes as the application's mapper
 * writes for the response (fields in the record's order, nulls written, ISO dates, {@code ISO_OFFSET_DATE_TIME}
 * times); {@code OrgTreeJsonTest} holds the two side by side.
 */
public final class OrgUnitJson {

    private OrgUnitJson() {
    }

    public static void writeTreeNode(JsonGenerator json, OrgUnitRow unit, String asOf) throws IOException {
        writeTreeNode(json, unit, asOf, unit.depth());
    }

    private static void writeTreeNode(JsonGenerator json, OrgUnitRow unit, String asOf, int depth) throws IOException {
        json.writeStartObject();
        uuid(json, "id", unit.id());
        json.writeStringField("code", unit.code());
        json.writeStringField("name", unit.name());
        json.writeStringField("shortName", unit.shortName());
        json.writeStringField("kind", unit.kind());
        uuid(json, "parentId", unit.parentId());
        date(json, "validFrom", unit.validFrom());
        date(json, "validTo", unit.validTo());
        json.writeStringField("status", unit.status());
        date(json, "establishedOn", unit.establishedOn());
        date(json, "ceasedOn", unit.ceasedOn());
        String number = unit.foundingDecisionNumber();
        LocalDate decided = unit.foundingDecisionDate();
        String issuer = unit.foundingDecisionIssuer();
        json.writeFieldName("foundingDecision");
        if (number == null && decided == null && issuer == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("number", number);
            date(json, "date", decided);
            json.writeStringField("issuer", issuer);
            json.writeEndObject();
        }
        json.writeStringField("asOf", asOf);
        json.writeNumberField("depth", depth);
        json.writeNumberField("version", unit.version());
        time(json, "createdAt", unit.createdAt());
        time(json, "updatedAt", unit.updatedAt());
        json.writeEndObject();
    }

    /**
     * A unit of a tree read written once, to be written again into other answers (another date, another depth, another
     * subtree) by copying its bytes instead of writing its fields: {@link #writeTreeNode}'s bytes but for the two
     * things a read gives each unit, its {@code asOf} and {@code depth}, which are put between the two halves.
     */
    public static final class Node {
        private static final String AS_OF = "\"asOf\":\"";
        private static final String PLACEHOLDER = AS_OF + "\",\"depth\":0";

        private final RawJson head;
        private final RawJson tail;

        private Node(RawJson head, RawJson tail) {
            this.head = head;
            this.tail = tail;
        }

        /**
         * The unit written by {@code factory} (the answer's own, so that its settings give the same bytes). Split at
         * its {@code "asOf":"} field: inside a JSON string every quote is escaped, so nothing else holds that text.
         */
        public static Node of(JsonFactory factory, OrgUnitRow unit) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            try (JsonGenerator json = factory.createGenerator(out)) {
                writeTreeNode(json, unit, "", 0);
            }
            byte[] whole = out.toByteArray();
            int at = indexOf(whole, PLACEHOLDER.getBytes(StandardCharsets.UTF_8), 0);
            int split = at + AS_OF.length();
            return new Node(new RawJson(Arrays.copyOfRange(whole, 0, split)),
                    new RawJson(Arrays.copyOfRange(whole, at + PLACEHOLDER.length(), whole.length)));
        }

        /** Bytes this node holds, to weigh it. */
        public int size() {
            return head.bytes.length + tail.bytes.length;
        }

        /**
         * The unit as {@link #writeTreeNode} would write it for {@code asOfAndDepth}, the text between the halves:
         * see {@link #between}.
         */
        public void write(JsonGenerator json, SerializableString asOfAndDepth) throws IOException {
            json.writeRawValue(head);
            json.writeRaw(asOfAndDepth);
            json.writeRaw(tail);
        }

        /** The text a node at {@code depth} holds between its halves in an answer as of {@code asOf}. */
        public static SerializableString between(String asOf, int depth) {
            return new RawJson((asOf + "\",\"depth\":" + depth).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A tree answer written as of {@code from}, as it reads as of {@code to}, another date of the same period (see
     * {@code OrgUnitService.TreeRead}): each unit's {@code "asOf":"<from>"} becomes {@code "asOf":"<to>"}, the only
     * bytes that differ. Nothing else can match: inside a JSON string every quote is escaped, so a name never holds
     * {@code "asOf":"}.
     */
    public static byte[] withAsOf(byte[] answer, String from, String to) {
        if (from.equals(to)) {
            return answer;
        }
        byte[] was = ("\"asOf\":\"" + from + "\"").getBytes(StandardCharsets.UTF_8);
        byte[] now = ("\"asOf\":\"" + to + "\"").getBytes(StandardCharsets.UTF_8);
        // the exact size whenever the two dates are as long (four-digit years); it grows otherwise
        ByteArrayOutputStream out = new ByteArrayOutputStream(answer.length);
        int copied = 0;
        for (int at = indexOf(answer, was, 0); at >= 0; at = indexOf(answer, was, at + was.length)) {
            out.write(answer, copied, at - copied);
            out.write(now, 0, now.length);
            copied = at + was.length;
        }
        out.write(answer, copied, answer.length - copied);
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from) {
        outer:
        for (int at = from; at <= bytes.length - pattern.length; at++) {
            for (int i = 0; i < pattern.length; i++) {
                if (bytes[at + i] != pattern[i]) {
                    continue outer;
                }
            }
            return at;
        }
        return -1;
    }

    private static void uuid(JsonGenerator json, String field, UUID value) throws IOException {
        json.writeStringField(field, value == null ? null : value.toString());
    }

    private static void date(JsonGenerator json, String field, LocalDate value) throws IOException {
        json.writeStringField(field, value == null ? null : value.toString());
    }

    private static void time(JsonGenerator json, String field, OffsetDateTime value) throws IOException {
        json.writeStringField(field, value == null ? null : iso(value));
    }

    /**
     * {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME}'s text (what the mapper writes), built by hand for the times the
     * database hands over (UTC, four-digit years): the formatter's general machinery was the largest share of the
     * CPU a province's answer took in Java. Anything else goes to the formatter itself.
     */
    static String iso(OffsetDateTime time) {
        int year = time.getYear();
        if (time.getOffset().getTotalSeconds() != 0 || year < 1000 || year > 9999) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
        }
        StringBuilder text = new StringBuilder(32).append(year);
        two(text.append('-'), time.getMonthValue());
        two(text.append('-'), time.getDayOfMonth());
        two(text.append('T'), time.getHour());
        two(text.append(':'), time.getMinute());
        two(text.append(':'), time.getSecond());
        int nano = time.getNano();
        if (nano != 0) {
            // as many digits as needed, trailing zeros dropped: .5, .123, .123456
            String digits = Integer.toString(1_000_000_000 + nano).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 0, end);
        }
        return text.append('Z').toString();
    }

    private static void two(StringBuilder text, int value) {
        if (value < 10) {
            text.append('0');
        }
        text.append(value);
    }

    /**
     * JSON text already in UTF-8, for the generator's raw writes ({@code writeRaw}, {@code writeRawValue}), which
     * copy it into their buffer as it is. Only the unquoted forms are asked for by those writes; the quoted forms are
     * the same text quoted as a JSON string, as Jackson's own {@code SerializedString} gives them.
     */
    private static final class RawJson implements SerializableString {
        private final byte[] bytes;

        RawJson(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public String getValue() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return bytes;
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + bytes.length > buffer.length) {
                return -1;
            }
            System.arraycopy(bytes, 0, buffer, offset, bytes.length);
            return bytes.length;
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(bytes);
            return bytes.length;
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer out) {
            if (out.remaining() < bytes.length) {
                return -1;
            }
            out.put(bytes);
            return bytes.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            String text = getValue();
            if (offset + text.length() > buffer.length) {
                return -1;
            }
            text.getChars(0, text.length(), buffer, offset);
            return text.length();
        }

        private SerializableString quoted() {
            return new com.fasterxml.jackson.core.io.SerializedString(getValue());
        }

        @Override
        public char[] asQuotedChars() {
            return quoted().asQuotedChars();
        }

        @Override
        public byte[] asQuotedUTF8() {
            return quoted().asQuotedUTF8();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return quoted().appendQuotedUTF8(buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            return quoted().appendQuoted(buffer, offset);
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws IOException {
            return quoted().writeQuotedUTF8(out);
        }

        @Override
        public int putQuotedUTF8(ByteBuffer out) throws IOException {
            return quoted().putQuotedUTF8(out);
        }
    }
}
