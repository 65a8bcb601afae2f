package org.localoffer.serve;

import java.util.List;
import org.localoffer.problem.Problem;
import org.localoffer.problem.ProblemReport;
import org.localoffer.problem.Problems;

/** The page the preview shows while the last rebuild failed: the same messages as the terminal. */
final class ProblemPage {

    private ProblemPage() {
    }

    static String html(Problems problems) {
        List<Problem> all = problems.sorted();
        StringBuilder items = new StringBuilder();
        for (Problem p : all) {
            if (p.isError()) {
                items.append("<li><code>").append(escape(p.format())).append("</code></li>\n");
            }
        }
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>The preview could not be built</title>
                <link rel="stylesheet" href="/assets/css/site.css">
                <script src="/_localoffer/reload.js" defer></script>
                </head>
                <body>
                <main id="main-content" class="width-container main">
                <h1 class="heading-xl">The preview could not be built</h1>
                <p class="lead">Fix the problems below and save the file. This page reloads by itself when the site builds again.</p>
                <ol class="problem-list">
                %s</ol>
                <p>%s</p>
                </main>
                </body>
                </html>
                """.formatted(items, escape(ProblemReport.summary(problems)));
    }

    static String escape(String text) {
        return org.localoffer.render.Markup.escape(text);
    }
}
