package vn.tochuc.platform.persistence;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Rows for one table, sent with PostgreSQL's {@code COPY ... FROM STDIN} on the connection of the caller's
 * transaction: the bulk writes (an import's audit rows, history rows, events, row report) go in one stream instead
 * of parsed and planned insert statements. Being on the transaction's connection, the rows commit or roll back
 * with everything else the transaction wrote (an event with the rows it describes).
 *
 * <p>Values are written in COPY's text format from their {@code toString()}: uuid, number, LocalDate,
 * OffsetDateTime (ISO 8601, which PostgreSQL reads), JSON text for a jsonb column; null is SQL NULL.
 */
public final class CopyIn {

    private final String statement;
    private final int columns;
    private final StringBuilder text = new StringBuilder();
    private int rows;

    private CopyIn(String table, List<String> columns) {
        this.statement = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        this.columns = columns.size();
    }

    public static CopyIn into(String table, String... columns) {
        return new CopyIn(table, List.of(columns));
    }

    /** One row, its values in the order of the columns. */
    public CopyIn row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for the " + columns + " columns of `"
                    + statement + "`");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
        rows++;
        return this;
    }

    /** Sends the rows on the session's connection (flush the session first when they refer to its entities). */
    public void write(EntityManager em) {
        if (rows > 0) {
            em.unwrap(Session.class).doWork(this::write);
        }
    }

    private void write(Connection connection) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement, new StringReader(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** Four searches the JIT vectorises: cheaper than a loop over the characters of a mostly Vietnamese text. */
    private static boolean needsEscape(String s) {
        return s.indexOf('\\') >= 0 || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }

    /** COPY's text format: backslash, tab, newline and carriage return escaped, {@code \N} for null. */
    private void append(Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        // Microseconds, as the driver sends a bound OffsetDateTime (PostgreSQL would round the nanoseconds instead).
        String s = value instanceof OffsetDateTime t ? t.truncatedTo(ChronoUnit.MICROS).toString() : value.toString();
        if (!needsEscape(s)) {
            text.append(s); // the usual case, in one copy: appending char by char was the import's top CPU cost
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
