package vn.tochuc.cadre.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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
 *
 * <p>The file is decoded and parsed as a stream, one record at a time, and reading stops at the first record past a
 * limit ({@link FileLimits}): a file of two million empty lines costs a hundred thousand of them, not the heap.
 */
final class CsvReader {

    private CsvReader() {
    }

    static ImportedFile read(byte[] content) {
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return new Parser(in).parse();
        } catch (CharacterCodingException e) {
            // Read byte for byte as Latin-1, the way the legacy fonts' tables are written, to name the encoding.
            String latin1 = new String(content, StandardCharsets.ISO_8859_1);
            LegacyEncoding.Kind kind = LegacyEncoding.detect(latin1).orElse(LegacyEncoding.Kind.UNKNOWN_8BIT);
            throw new ProblemException(415, "not-unicode", "The CSV file is not UTF-8: it " + kind.reason()
                    + ". In Excel choose 'CSV UTF-8 (Comma delimited)' when saving.");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory stream fails only by its encoding, handled above
        }
    }

    private static final class Parser {

        private final Reader in;
        private final char[] buffer = new char[8192];
        private int length;
        private int position;
        private final FileLimits.Table table = new FileLimits.Table();
        private List<String> record = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int rowNumber = 1;

        Parser(Reader in) {
            this.in = in;
        }

        ImportedFile parse() throws IOException {
            int c = next();
            if (c == '\uFEFF') {
                c = next();
            }
            boolean quoted = false;
            for (; c != -1; c = next()) {
                if (quoted) {
                    if (c == '"' && peek() == '"') {
                        append('"');
                        next();
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        append((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    endField();
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && peek() == '\n') {
                        next();
                    }
                    endRecord();
                } else {
                    append((char) c);
                }
            }
            if (quoted) {
                throw new ProblemException(400, "malformed-file", "The CSV file ends inside a quoted field (row "
                        + rowNumber + "); close the quote with \" and send it again.");
            }
            if (!field.isEmpty() || !record.isEmpty()) {
                endRecord();
            }
            return table.file();
        }

        private void append(char c) {
            field.append(c);
            FileLimits.requireCellLength(field.length(), rowNumber, record.size());
        }

        private void endField() {
            FileLimits.requireColumn(record.size(), rowNumber);
            record.add(field.isEmpty() ? "" : field.toString());
            field.setLength(0);
        }

        private void endRecord() {
            endField();
            table.add(rowNumber++, record);
            record = new ArrayList<>();
        }

        private int next() throws IOException {
            if (position == length) {
                length = in.read(buffer);
                position = 0;
                if (length <= 0) {
                    length = 0;
                    return -1;
                }
            }
            return buffer[position++];
        }

        private int peek() throws IOException {
            int c = next();
            if (c != -1) {
                position--;
            }
            return c;
        }
    }
}
