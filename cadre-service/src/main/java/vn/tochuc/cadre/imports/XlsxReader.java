package vn.tochuc.cadre.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.tochuc.platform.problem.ProblemException;

/**
 * The first sheet of an Excel workbook (.xlsx), its first row with a value the header. Dates typed as Excel dates
 * come out as ISO dates, not in the locale's display format; numbers (a national ID typed as a number) without
 * grouping.
 *
 * <p>The sheet is read as a stream of XML events (POI's event model), never built in memory, and reading stops at
 * the first row, column or cell past {@link FileLimits}: a sheet whose used range reaches column XFD is refused from
 * its dimension before its first row. The package is opened from a temporary file, so POI reads each part from the
 * zip as it goes instead of unpacking every part into memory first.
 */
final class XlsxReader {

    /**
     * No part of a workbook within the limits unpacks to more than this (100,000 rows of the form's columns stay
     * well under); a part that would is refused as unreadable, so 16 MB of compressible XML cannot become gigabytes.
     */
    static final long MAX_UNPACKED_ENTRY = 200L * 1024 * 1024;
    /** Shared strings are kept in memory while the sheet is read; their total is bounded like a CSV's text. */
    static final long MAX_SHARED_TEXT = 32L * 1024 * 1024;
    static final int MAX_SHARED_STRINGS = (FileLimits.MAX_ROWS + 1) * ImportColumns.ALL.size();

    static {
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_UNPACKED_ENTRY));
    }

    private XlsxReader() {
    }

    static ImportedFile read(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("tochuc-import-", ".xlsx");
            Files.write(file, content);
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                XSSFReader reader = new XSSFReader(pkg);
                Iterator<InputStream> sheets = reader.getSheetIterator();
                if (!sheets.hasNext()) {
                    throw FileProblems.empty();
                }
                SharedStrings strings = sharedStrings(reader);
                SheetRows rows = new SheetRows();
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new LimitedSheet(new XSSFSheetXMLHandler(reader.getStylesTable(),
                            strings, rows, new IsoDates(), false)));
                    parser.parse(new InputSource(sheet));
                }
                return rows.table.file();
            } finally {
                pkg.revert(); // closes a package opened to read; close() would try to save it
            }
        } catch (ProblemException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            if (e.getCause() instanceof ProblemException problem) {
                throw problem;
            }
            // POI reports a broken zip, a missing part or a zip bomb with many exception types; all mean the same.
            throw new ProblemException(400, "malformed-file", "The file is not a readable Excel workbook (.xlsx): "
                    + e.getClass().getSimpleName() + ". Open it in Excel, save it as .xlsx and send it again, or "
                    + "send a CSV file as text/csv.");
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /** The workbook's table of shared strings, read as a stream too; each kept to one character past the cell limit. */
    private static SharedStrings sharedStrings(XSSFReader reader) throws Exception {
        StringTable table = new StringTable();
        try (InputStream data = reader.getSharedStringsData()) {
            if (data != null) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(table);
                parser.parse(new InputSource(data));
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
            return table; // a workbook without text cells has no such part
        }
        return table;
    }

    /** Builds the rows from POI's cell events. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        final FileLimits.Table table = new FileLimits.Table();
        private List<String> cells;
        private int rowNumber;

        @Override
        public void startRow(int rowIndex) {
            rowNumber = rowIndex + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowIndex) {
            table.add(rowNumber, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            FileLimits.requireColumn(column, rowNumber);
            String text = value == null ? "" : value.strip();
            FileLimits.requireCellLength(text.length(), rowNumber, column);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(text);
        }
    }

    /**
     * Checks the sheet's XML before POI's handler sees it: the used range in the dimension, each cell's column, and
     * the characters inside a cell, so an oversized cell is refused before it is held whole.
     */
    private static final class LimitedSheet extends DefaultHandler {

        private final DefaultHandler cells;
        private int rowNumber;
        private int column;
        private int cellLength = -1;

        LimitedSheet(DefaultHandler cells) {
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "dimension" -> {
                    String range = attributes.getValue("ref");
                    String last = range == null ? null : range.substring(range.indexOf(':') + 1);
                    if (last != null && !last.isBlank()) {
                        int lastColumn = new CellReference(last).getCol();
                        if (lastColumn >= FileLimits.MAX_COLUMNS) {
                            throw FileProblems.tooManyColumns("The sheet's used range (" + range + ")", lastColumn);
                        }
                    }
                }
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    FileLimits.requireRow(rowNumber);
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    FileLimits.requireColumn(column, rowNumber);
                    cellLength = 0;
                }
                default -> { }
            }
            cells.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (localName.equals("c")) {
                cellLength = -1;
            }
            cells.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (cellLength >= 0) {
                cellLength += length;
                FileLimits.requireCellLength(cellLength, rowNumber, column);
            }
            cells.characters(ch, start, length);
        }
    }

    /** Shared strings (rich text flattened, phonetic runs left out), each cut one character past the cell limit. */
    private static final class StringTable extends DefaultHandler implements SharedStrings {

        private final List<String> strings = new ArrayList<>();
        private StringBuilder item;
        private boolean inText;
        private boolean inPhonetic;
        private long total;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> item = new StringBuilder();
                case "t" -> inText = item != null;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> {
                    if (strings.size() == MAX_SHARED_STRINGS) {
                        throw tooMuchText();
                    }
                    strings.add(item.isEmpty() ? "" : item.toString());
                    item = null;
                }
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inText || inPhonetic) {
                return;
            }
            int room = FileLimits.MAX_CELL + 1 - item.length();
            if (room > 0) {
                item.append(ch, start, Math.min(room, length));
            }
            total += Math.min(Math.max(room, 0), length);
            if (total > MAX_SHARED_TEXT) {
                throw tooMuchText();
            }
        }

        private static ProblemException tooMuchText() {
            return new ProblemException(413, "too-much-text", "The workbook holds more text than " + FileLimits.MAX_ROWS
                    + " rows of the form's columns can (over " + MAX_SHARED_STRINGS + " texts or "
                    + MAX_SHARED_TEXT / 1024 / 1024 + " MB). Split it into several files.");
        }

        @Override
        public RichTextString getItemAt(int index) {
            return new XSSFRichTextString(index < strings.size() ? strings.get(index) : "");
        }

        @Override
        public int getCount() {
            return strings.size();
        }

        @Override
        public int getUniqueCount() {
            return strings.size();
        }
    }

    /** Excel dates as ISO dates, other numbers as they are (no grouping, no display format). */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate()
                        .format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                    : String.valueOf(value);
        }
    }
}
