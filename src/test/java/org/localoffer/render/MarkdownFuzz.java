package org.localoffer.render;

import java.util.Random;

/** Random Markdown for equivalence tests: every block kind, raw HTML, tables, attributes, entities, escapes, odd line ends and broken syntax. */
public final class MarkdownFuzz {

    private static final String[] WORDS = {"SEN", "SEND", "EHC", "the", "a", "plan", "Tom", "&amp;", "&nbsp;", "&copy;",
            "&#65;", "&#x41;", "&bogus;", "&", "<", ">", "\"", "'", "\\*", "\\\\", "\\", "*", "**", "_", "__", "`", "``", "-", "#",
            "[", "]", "(", ")", "!", "|", "\\|", "{", "}", "{.c}", "{#x}", "{lang=cy}", "{onclick=x}", ":", "~", "é", "–", "✓",
            "\t", "<b>", "</b>", "<i onclick=x>", "</i>", "<!-- c -->", "<span lang=cy>", "</span>", "<script>x</script>",
            "<abbr title=\"t\">EHC</abbr>", "<a href=\"x.md\">x</a>", "<br>", "<img src=x>", "<p>", "</div>", "<table>", "<td>",
            "https://x.org", "a@b.org", "A&E", "x_y_z", "a*b*c"};
    private static final String[] BLOCK_STARTS = {"", "", "", "## ", "### ", "# ", "#### {.c} ", "- ", "* ", "+ ", "1. ",
            "2) ", "> ", "> - ", "    ", "\t", "```\n", "~~~ js\n", "---\n", "***\n", "<div>\n", "<div>\n\n", "<details>\n<summary>s</summary>\n\n",
            "<!--\n", "<pre>\n", "| a | b |\n| --- | :-: |\n| ", "a | b\n-|-\n", "| a |\n|---|---|\n| ", "Title\n===\n", "Sub\n---\n",
            "[ref]: https://x.org \"t\"\n", "  - ", "   1. ", "<table><tr><td>\n\n", "{.c}\n"};
    private static final String[] SPACES = {" ", " ", " ", "", "  ", "\t", "  \n", "\\\n", "\n", "\r\n", "\r", " \n"};

    private MarkdownFuzz() {
    }

    public static String document(Random r) {
        StringBuilder md = new StringBuilder();
        int blocks = 1 + r.nextInt(6);
        for (int b = 0; b < blocks; b++) {
            md.append(pick(r, BLOCK_STARTS));
            int n = 1 + r.nextInt(12);
            for (int k = 0; k < n; k++) {
                md.append(r.nextInt(4) == 0 ? inline(r) : pick(r, WORDS));
                md.append(pick(r, SPACES));
                if (r.nextInt(10) == 0) {
                    md.append("| ");
                }
            }
            md.append(pick(r, "\n\n", "\n", "\r\n\r\n", "\r\r", "\n\n\n", "", "\n```\n\n", "\n</div>\n\n", "\n-->\n\n"));
        }
        return md.toString();
    }

    private static final String[] COMMON_WORDS = {"SEN", "the", "a", "plan", "Tom", "&amp;", "&copy;", "&", "<", ">", "\"",
            "'", "\\*", "*", "**", "_", "`", "-", "#", "(", ")", "|", ":", "é", "–", "\t", "x_y_z", "a*b*c",
            "+", "1.", "2)", ">", "---", "==="};
    private static final String[] COMMON_STARTS = {"", "", "", "## ", "### ", "# ", "###### ", "####### ", "- ", "* ", "+ ",
            "1. ", "3. ", "2) ", "> ", "> - ", ">> ", "  - ", "   1. ", "    - ", "- - ", "---\n", "***\n", "Title\n===\n",
            "Sub\n---\n", "| a | b |\n| --- | --- |\n| ", "a | b\n-|-\n", "| a |\n|---|---|\n| ", "| a | b |\n| :-- | --: |\n| ", "| a | b | c |\n| :-: | - | :- |\n| ",
            "-\n", "1.\n", ">\n"};

    /** Random Markdown made mostly of what {@link CommonHtmlWriter} handles: lists, quotes, tables, emphasis, links, line breaks. */
    public static String commonDocument(Random r) {
        StringBuilder md = new StringBuilder();
        int blocks = 1 + r.nextInt(6);
        for (int b = 0; b < blocks; b++) {
            md.append(pick(r, COMMON_STARTS));
            int n = 1 + r.nextInt(10);
            for (int k = 0; k < n; k++) {
                md.append(switch (r.nextInt(8)) {
                    case 0 -> "*" + pick(r, COMMON_WORDS) + "*";
                    case 1 -> "**" + pick(r, COMMON_WORDS) + " " + pick(r, COMMON_WORDS) + "**";
                    case 2 -> "`" + pick(r, COMMON_WORDS) + pick(r, " ", "", "  x  ") + "`";
                    case 3 -> "[" + pick(r, COMMON_WORDS) + "](" + pick(r, "a.md", "../b.md#c", "#h", "/x", "https://x.org/p?q=1",
                            "mailto:a@b.c", "tel:01", "a.md \"t\"", "a.md 'it''s'", "a b.md", "") + ")";
                    default -> pick(r, COMMON_WORDS);
                });
                md.append(pick(r, " ", " ", " ", "", "  ", "\t", "  \n", "\\\n", "\n", "\r\n", " \n", "\n   ", "\n> ", "\n- "));
                if (r.nextInt(12) == 0) {
                    md.append("| ");
                }
            }
            md.append(pick(r, "\n\n", "\n", "\r\n\r\n", "\n\n\n", "", "\n  \n"));
        }
        return md.toString();
    }

    private static String inline(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> "*" + pick(r, WORDS) + "*";
            case 1 -> "**" + pick(r, WORDS) + " " + pick(r, WORDS) + "**";
            case 2 -> "`" + pick(r, WORDS) + pick(r, " ", "") + "`";
            case 3 -> "[" + pick(r, WORDS) + "](" + pick(r, "a.md", "https://x.org/a b", "<https://x.org/a b>", "mailto:a@b.c",
                    "javascript:x", "#h", "/x", "tel:01", "../b.md#c", "a.md \"title & <t>\"", "a&amp;b.md", "a\\_b.md") + ")";
            case 4 -> "<" + pick(r, "https://auto.link/x?a=1&b=2", "ftp://auto.link", "javascript:alert(1)", "a@b.org") + ">";
            case 5 -> "![" + pick(r, WORDS) + "](" + pick(r, "i.png", "http://x/i.png", "https://x/i.png \"t\"") + ")";
            case 6 -> "[" + pick(r, WORDS) + "][ref]";
            case 7 -> pick(r, WORDS) + pick(r, "{.cls}", "{#id}", "{title=x}", "{lang=en}", "{onclick=x}", "{ .a #b c=d }", "{");
            default -> "<" + pick(r, "b", "em", "span", "abbr", "mark", "x-y", "a") + pick(r, "", " title=\"t\"", " style=x", " lang=cy")
                    + ">" + pick(r, WORDS) + pick(r, "</b>", "</em>", "</span>", "", "</a>", "</mark>");
        };
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
