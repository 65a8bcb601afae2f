package org.localoffer.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input, said so that an editor can fix it:
 * {@code path:line: error: what is wrong. What to do.}
 *
 * @param path    the file, relative to the site root, with forward slashes
 * @param line    1-based line number, or 0 when the problem is about the whole file
 * @param message what is wrong and what to do, as whole sentences
 * @param column  1-based column on the line, or 0 when the problem is about the whole line
 */
public record Problem(String path, int line, Severity severity, String message, int column) {

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        if (column < 0) {
            throw new IllegalArgumentException("column must not be negative: " + column);
        }
    }

    /** A problem about a whole line, or a whole file when line is 0. */
    public Problem(String path, int line, Severity severity, String message) {
        this(path, line, severity, message, 0);
    }

    public static Problem error(String path, int line, String message) {
        return new Problem(path, line, Severity.ERROR, message);
    }

    public static Problem warning(String path, int line, String message) {
        return new Problem(path, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form shown in the terminal, the preview page and CI. */
    public String format() {
        String where = line > 0 ? path + ":" + line + (column > 0 ? ":" + column : "") : path;
        return where + ": " + severity.label() + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
