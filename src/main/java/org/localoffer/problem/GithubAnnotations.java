package org.localoffer.problem;

import java.util.List;

/**
 * Formats problems as GitHub Actions workflow commands, so each one is shown against its file and
 * line in a pull request: {@code ::error file=content/a.md,line=3,col=5::what is wrong. What to do.}
 * The summary line comes last, as plain text.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {
    }

    public static String format(Problems problems) {
        List<Problem> all = problems.sorted();
        StringBuilder out = new StringBuilder();
        for (Problem p : all) {
            out.append("::").append(p.severity().label()).append(" file=").append(property(p.path()));
            if (p.line() > 0) {
                out.append(",line=").append(p.line());
                if (p.column() > 0) {
                    out.append(",col=").append(p.column());
                }
            }
            out.append("::").append(data(p.message())).append('\n');
        }
        out.append(ProblemReport.summary(problems)).append('\n');
        return out.toString();
    }

    /** Escapes a message as GitHub's runner expects. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value such as a file name. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
