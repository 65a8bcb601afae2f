package org.localoffer.search;

import java.util.Map;
import java.util.Random;

/**
 * Random markup for main: mostly elements where our pages put them, sometimes anywhere, with classes the search
 * reader treats specially, attributes quoted every way, entities, white space of every kind, and now and then an
 * end tag left out, doubled or in the wrong place.
 */
final class RandomMarkup {

    private RandomMarkup() {
    }

    private static final String[] ANY = {"div", "p", "span", "a", "strong", "em", "b", "i", "code", "pre", "br", "hr",
        "img", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "nav", "aside",
        "script", "table", "thead", "tbody", "tr", "td", "th", "caption", "details", "summary", "figure", "figcaption",
        "blockquote", "time", "abbr", "small", "sub", "header", "footer", "article", "wbr", "q", "mark", "address",
        "style", "my-element", "svg", "button", "textarea", "template", "font", "center", "tt"};

    private static final String[] FLOW = {"div", "p", "p", "p", "ul", "ol", "dl", "h1", "h2", "h2", "h3", "h4", "h5",
        "h6", "section", "nav", "aside", "script", "table", "details", "figure", "blockquote", "pre", "hr", "header",
        "footer", "article", "address", "span", "a", "strong", "em", "br", "time"};
    private static final String[] PHRASING = {"span", "a", "strong", "em", "b", "i", "code", "br", "img", "time",
        "abbr", "small", "sub", "wbr", "q", "mark"};
    private static final Map<String, String[]> CHILDREN = Map.of(
            "ul", new String[] {"li"}, "ol", new String[] {"li"}, "dl", new String[] {"dt", "dd", "div"},
            "table", new String[] {"thead", "tbody", "caption"}, "thead", new String[] {"tr"},
            "tbody", new String[] {"tr"}, "tr", new String[] {"td", "th"});
    private static final java.util.Set<String> VOID = java.util.Set.of("br", "hr", "img", "wbr");
    private static final java.util.Set<String> PHRASING_ONLY = java.util.Set.of("p", "h1", "h2", "h3", "h4", "h5",
            "h6", "span", "a", "strong", "em", "b", "i", "code", "time", "abbr", "small", "sub", "q", "mark", "summary",
            "dt", "caption");

    private static final String[] CLASSES = {"lead", "caption", "contents", "related-services", "page-reviewed",
        "banner", "visually-hidden", "LEAD", "Caption", "x", "lead x", " banner\tfoo ", "leads", "visually-hidden y",
        "grid__main", ""};

    private static final String[] TEXT = {"word", "Word two", " ", "  ", "\n", "\n  ", "\t", "\u00A0", "&nbsp;",
        "&amp;", "&lt;", "&gt;", "&#39;", "&#x2019;", "&copy", "&ampx", "&", "& ", "&notit;", "&#0;", "’", "‘quoted’",
        "\u200B", "\u00AD", "\uD83D\uDE00", "é", "x&#X41;y", "\f", "a", ".", ",", "can&rsquo;t", "&#128512;"};
    private static final String[] RARE_TEXT = {"<", "a < b", "\r\n", "\u0000", "<!-- c -->", "</>", "<?x>", "<1>"};

    /** Appends a run of children for {@code parent}. */
    static void children(Random random, StringBuilder html, String parent, int depth) {
        int count = random.nextInt(depth == 0 ? 8 : 5);
        String[] allowed = CHILDREN.get(parent);
        boolean inTable = allowed != null && !parent.equals("ul") && !parent.equals("ol") && !parent.equals("dl");
        for (int i = 0; i < count; i++) {
            int r = random.nextInt(10);
            if (r < 3 && (!inTable || random.nextInt(10) == 0)) {
                text(random, html);
                continue;
            }
            if (inTable && r < 5) {
                html.append(random.nextBoolean() ? "\n " : " ");
                continue;
            }
            String name;
            if (random.nextInt(40) == 0) {
                name = ANY[random.nextInt(ANY.length)];
            } else if (allowed != null) {
                name = allowed[random.nextInt(allowed.length)];
            } else if (PHRASING_ONLY.contains(parent)) {
                name = PHRASING[random.nextInt(PHRASING.length)];
            } else {
                name = FLOW[random.nextInt(FLOW.length)];
            }
            element(random, html, name, depth + 1);
        }
    }

    private static void element(Random random, StringBuilder html, String name, int depth) {
        html.append('<').append(name).append(attributes(random));
        if (VOID.contains(name)) {
            html.append(random.nextInt(4) == 0 ? " />" : random.nextInt(4) == 0 ? "/>" : ">");
            return;
        }
        html.append('>');
        if (name.equals("script") || name.equals("style")) {
            html.append(random.nextBoolean() ? "{\"a\": \"<b>x</b>\"}" : "if (a < b) { x(); }");
        } else if (depth < 7) {
            if (name.equals("pre") && random.nextBoolean()) {
                html.append('\n');
            }
            children(random, html, name, depth);
        }
        int r = random.nextInt(60);
        if (r == 0) {
            return; // left open
        }
        if (r == 1) {
            html.append("</").append(ANY[random.nextInt(ANY.length)]).append('>');
        }
        html.append("</").append(name).append(random.nextInt(30) == 0 ? " >" : ">");
        if (r == 2) {
            html.append("</").append(name).append('>');
        }
    }

    static String attributes(Random random) {
        StringBuilder a = new StringBuilder();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            int r = random.nextInt(12);
            String space = random.nextInt(8) == 0 ? "\n  " : " ";
            switch (r) {
                case 0, 1, 2, 3 -> a.append(space).append(random.nextInt(10) == 0 ? "CLASS" : "class")
                        .append(random.nextInt(10) == 0 ? " = " : "=").append(quoted(random, CLASSES[random.nextInt(CLASSES.length)]));
                case 4 -> a.append(space).append("href=").append(quoted(random, "/x?a=1&amp;b=2"));
                case 5 -> a.append(space).append("title=").append(quoted(random, "a > b & c"));
                case 6 -> a.append(space).append("id=").append(random.nextBoolean() ? "who-it-is-for" : "\"x\"");
                case 7 -> a.append(space).append("open");
                case 8 -> a.append(space).append("data-x=").append(random.nextBoolean() ? "a/b" : "'1'");
                case 9 -> a.append(space).append("aria-labelledby=\"lo-related\"");
                case 10 -> a.append(space).append("class=lead");
                default -> a.append(space).append(random.nextInt(5) == 0 ? "class=\"a&amp;b\"" : "scope=col");
            }
        }
        return a.toString();
    }

    private static String quoted(Random random, String value) {
        if (value.isBlank() || value.contains(" ") || value.contains("&") || value.contains(">") || random.nextBoolean()) {
            return random.nextBoolean() ? '"' + value + '"' : "'" + value + "'";
        }
        return value;
    }

    private static void text(Random random, StringBuilder html) {
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            html.append(random.nextInt(200) == 0 ? RARE_TEXT[random.nextInt(RARE_TEXT.length)] : TEXT[random.nextInt(TEXT.length)]);
        }
    }
}
