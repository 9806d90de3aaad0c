package vn.tochuc.cadre.imports;

import java.util.Map;
import vn.tochuc.platform.problem.ProblemException;

/** Reads an uploaded file by its content type and checks its shape before a job is created. */
public final class ImportFiles {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportFiles() {
    }

    /** The format name stored with the job, from the request's content type. */
    public static String format(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (type.equals(CSV)) {
            String charset = contentType.toLowerCase(java.util.Locale.ROOT).replaceAll(".*charset=\"?([^\";]+).*",
                    "$1");
            if (contentType.toLowerCase(java.util.Locale.ROOT).contains("charset=") && !charset.equals("utf-8")) {
                throw new ProblemException(415, "not-unicode", "The CSV file is declared as " + charset + "; only "
                        + "UTF-8 is accepted. Convert the file to Unicode (UTF-8) and send it as text/csv.");
            }
            return "CSV";
        }
        if (type.equals(XLSX)) {
            return "XLSX";
        }
        throw new ProblemException(415, "unsupported-media-type", "Send the file as the request body with "
                + "Content-Type " + CSV + " (UTF-8) or " + XLSX + "; '" + type + "' is neither.");
    }

    /**
     * @return the table, after checking it is not empty, within {@link FileLimits} (checked while reading, which
     *     stops at the first excess) and has only known columns
     */
    public static ImportedFile read(String format, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ProblemException(400, "empty-file", "The request body is empty; send the file's bytes as "
                    + "the body.");
        }
        ImportedFile file = format.equals("XLSX") ? XlsxReader.read(content) : CsvReader.read(content);
        columns(file);
        if (file.rows().isEmpty()) {
            throw FileProblems.noRows();
        }
        return file;
    }

    public static Map<String, Integer> columns(ImportedFile file) {
        return ImportColumns.index(file.header());
    }
}
