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
 */
public record Problem(String path, int line, Severity severity, String message) {

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
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
        String where = line > 0 ? path + ":" + line : path;
        return where + ": " + severity.label() + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
