package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.SiteBuilder;
import org.localoffer.content.Page;
import org.localoffer.content.PageType;

/** MainText reads the same search document as jsoup's tree does, or leaves the page to jsoup. */
class MainTextTest {

    private static final Page PAGE = new Page("services/x.md", "/services/x/", PageType.SERVICE, "Front matter title",
            "A summary", List.of(), List.of(), null, List.of(), null, List.of(), null, null, null, null, null, 18,
            List.of(), List.of(), List.of(), null, null, null, List.of(), false, "", 1, Map.of(), List.of());

    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>T</title></head>\n"
            + "<body><header><a href=\"/\">Home</a></header><div class=\"width\">\n";
    private static final String TAIL = "\n</div><footer><p>Footer</p></footer></body></html>";

    /** True when the page was read without jsoup; either way the document must be what jsoup's tree gives. */
    private static boolean assertSameDocument(byte[] page, String what) {
        SearchDocument expected = PublishedPageReader.read(PAGE, Jsoup.parse(MainMarkup.of(page)));
        SearchDocument actual = PublishedPageReader.read(PAGE, page);
        assertEquals(List.of(expected.title(), expected.headings(), expected.body()),
                List.of(actual.title(), actual.headings(), actual.body()), what);
        MainText.Fields fields = MainText.read(page);
        assertTrue(fields == null || MainMarkup.cut(page) != null, what);
        return fields != null;
    }

    private static boolean assertSameDocument(String main) {
        return assertSameDocument((HEAD + main + TAIL).getBytes(StandardCharsets.UTF_8), main);
    }

    /** The same in quirks mode: without a doctype jsoup parses some markup differently. */
    private static boolean assertSameDocumentInQuirksMode(String main) {
        String head = HEAD.substring(HEAD.indexOf('\n') + 1);
        return assertSameDocument((head + main + TAIL).getBytes(StandardCharsets.UTF_8), main);
    }

    private static MainText.Fields fields(String main) {
        byte[] page = (HEAD + main + TAIL).getBytes(StandardCharsets.UTF_8);
        return MainText.read(page);
    }

    @Test
    void readsTheFieldsOfAWellFormedMain() {
        String main = "<main id=\"main-content\" class=\"main banner\"><div class=\"grid\">\n"
                + "  <span class=\"caption\">Service</span>\n  <h1 class=\"heading-xl\">Speech &amp; language\n"
                + " <b>therapy</b></h1>\n  <p class=\"lead\">The lead.</p>\n  <h2 class=\"visually-hidden\">Key facts</h2>\n"
                + "  <dl><div><dt>Ages</dt><dd>5&ndash;11<br>years</dd></div></dl>\n"
                + "  <h2 id=\"who\">Who it’s for</h2><p>Children<a href=\"/x?a=1&amp;b=2\">more</a>.</p>\n"
                + "<table>\n <thead>\n  <tr><th scope=col>Day</th><th>Time</th></tr>\n </thead>\n"
                + " <tbody><tr><td>Monday</td><td>9am</td></tr></tbody>\n</table><pre>\n  kept\n</pre>"
                + "<aside><h2>Related</h2></aside><script type=\"application/ld+json\">{\"a\":\"</b>\"}</script>"
                + "<div class='page-reviewed'><p>Last updated</p></div></div>\n  </main>";
        MainText.Fields fields = fields(main);
        assertNotNull(fields);
        assertEquals("Speech & language therapy", fields.title());
        assertEquals(List.of("Who it’s for"), fields.headings());
        assertEquals("Ages 5–11 years Childrenmore. Day Time Monday 9am   kept", fields.body());
        assertTrue(assertSameDocument(main));
    }

    @Test
    void leavesToJsoupWhatItDoesNotFollow() {
        List<String> mains = List.of(
                "<main><p>Open paragraph<div>block</div></p></main>",
                "<main><p>Unclosed</main>",
                "<main><ul><li>one<li>two</ul></main>",
                "<main><b><i>misnested</b></i></main>",
                "<main><table><tr><td>no tbody</td></tr></table></main>",
                "<main><table><tbody>text in a table<tr><td>x</td></tr></tbody></table></main>",
                "<main><h2>Heading <span><h3>in heading</h3></span></h2></main>",
                "<main><a href=x>link <a href=y>in link</a></a></main>",
                "<main><svg><path d=\"M0\"/></svg></main>",
                "<main><my-element>x</my-element></main>",
                "<main><DIV>upper case</DIV></main>",
                "<main><p>a < b</p></main>",
                "<main><p>line\r\nbreak</p></main>",
                "<main><div/>self-closing div</main>",
                "<main><p class=\"a&amp;b\">entity in class</p></main>",
                "<main><p title=x\"y>quote in value</p></main>",
                "<main><form><input name=q></form></main>",
                "<main><dd>definition outside a list</dd></main>");
        for (String main : mains) {
            assertNull(fields(main), main);
            assertSameDocument(main);
        }
    }

    @Test
    void leavesToJsoupPagesWhoseMainCannotBeCutOut() {
        String main = "<main><h1>Title</h1><p>Words</p></main>";
        List<String> pages = List.of(
                HEAD + "<p>Open paragraph" + main + TAIL,
                HEAD + "<!-- comment -->" + main + TAIL,
                HEAD + main + "<main>again</main>" + TAIL,
                HEAD + main + "<!-- <MAIN> -->" + TAIL,
                HEAD + "<main/>" + main.substring(6) + TAIL,
                HEAD + "<main class=a/>" + main.substring(6) + TAIL,
                HEAD + main.replace("<p>", "<p title=\"a<b\">") + TAIL,
                HEAD + main.replace("</main>", "<script>x</script\f></main>") + TAIL);
        for (String page : pages) {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            assertNull(MainText.read(bytes), page);
            assertSameDocument(bytes, page);
        }
        assertNotNull(MainText.read((HEAD + main + TAIL).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEveryPageOfTheDemonstrationSiteAsJsoupDoes(@TempDir Path temp) throws Exception {
        Path output = temp.resolve("site");
        new SiteBuilder().build(new BuildRequest(Path.of("").toAbsolutePath(), output, false));
        int pages = 0;
        int withoutJsoup = 0;
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages++;
                if (assertSameDocument(Files.readAllBytes(file), file.toString())) {
                    withoutJsoup++;
                }
            }
        }
        System.out.printf("MainText read %d of the demonstration site's %d pages without jsoup%n", withoutJsoup, pages);
        // Pages with charts (SVG) or forms are left to jsoup.
        assertTrue(pages > 50 && withoutJsoup >= pages * 8 / 10, withoutJsoup + " of " + pages);
    }

    @Test
    void readsRandomMarkupAsJsoupDoes() {
        Random random = new Random(7);
        int withoutJsoup = 0;
        int count = 12_000;
        for (int i = 0; i < count; i++) {
            StringBuilder main = new StringBuilder("<main").append(attributes(random)).append('>');
            RandomMarkup.children(random, main, "main", 0);
            main.append("</main>");
            boolean quirks = random.nextInt(5) == 0;
            if (quirks ? assertSameDocumentInQuirksMode(main.toString()) : assertSameDocument(main.toString())) {
                withoutJsoup++;
            }
        }
        System.out.printf("MainText read %d of %d random mains without jsoup%n", withoutJsoup, count);
        assertTrue(withoutJsoup > count / 4 && withoutJsoup < count, withoutJsoup + " of " + count);
    }

    private static String attributes(Random random) {
        return RandomMarkup.attributes(random);
    }
}
