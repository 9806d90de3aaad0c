package vn.tochuc.cadre.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.platform.problem.ProblemException;

/**
 * Comma-separated values as RFC 4180 writes them (quoted fields may hold commas, quotes and line breaks), in
 * UTF-8 with or without the byte-order mark Excel writes. Bytes that are not UTF-8 refuse the whole file: they are
 * an 8-bit encoding, and guessing which one would store garbage.
 */
final class CsvReader {

    private CsvReader() {
    }

    static ImportedFile read(byte[] content) {
        List<List<String>> records = parse(decode(content));
        if (records.isEmpty()) {
            throw FileProblems.empty();
        }
        List<ImportedFile.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                rows.add(new ImportedFile.Row(i + 1, cells));
            }
        }
        return new ImportedFile(records.get(0), rows);
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            // Read byte for byte as Latin-1, the way the legacy fonts' tables are written, to name the encoding.
            String latin1 = new String(content, StandardCharsets.ISO_8859_1);
            LegacyEncoding.Kind kind = LegacyEncoding.detect(latin1).orElse(LegacyEncoding.Kind.UNKNOWN_8BIT);
            throw new ProblemException(415, "not-unicode", "The CSV file is not UTF-8: it " + kind.reason()
                    + ". In Excel choose 'CSV UTF-8 (Comma delimited)' when saving.");
        }
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ProblemException(400, "malformed-file", "The CSV file ends inside a quoted field (row "
                    + (records.size() + 1) + "); close the quote with \" and send it again.");
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
