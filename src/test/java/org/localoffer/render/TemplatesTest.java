package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    public record Shared(String name) {
        public String greet(String who) {
            return "Hello " + who + " from " + name;
        }
    }

    @Test
    void sharedObjectsRenderAsUnsharedOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.ftlh"), "<p>${s.greet(who)} & ${s.name()}</p><#list 1..3 as i>${s.greet(i?c)}</#list>");
        Shared shared = new Shared("<Council>");
        Templates plain = new Templates(dir);
        Templates sharing = new Templates(dir);
        sharing.shareAcrossPages(shared, null);
        for (String who : new String[] {"Ann", "Bo"}) {
            Map<String, Object> data = new HashMap<>(Map.of("s", shared, "who", who));
            StringWriter a = new StringWriter();
            StringWriter b = new StringWriter();
            plain.render("t", data, a);
            sharing.render("t", data, b);
            assertEquals(a.toString(), b.toString());
        }
    }

    @Test
    void aSharedObjectIsWrappedOnce() throws Exception {
        SharingObjectWrapper wrapper = new SharingObjectWrapper(Configuration.VERSION_2_3_34);
        Shared shared = new Shared("x");
        wrapper.share(shared);
        assertSame(wrapper.wrap(shared), wrapper.wrap(shared));
        assertTrue(wrapper.wrap(new Shared("x")) != wrapper.wrap(shared), "equal objects are not the shared one");
    }

    @Test
    void whatWasWrittenBeforeATemplateFailsStillReachesTheFile(@TempDir Path dir) throws Exception {
        String before = "x".repeat(20_000);
        Files.writeString(dir.resolve("t.ftlh"), before + "\n${nothing.here}");
        StringWriter out = new StringWriter();
        TemplateFailure failure = assertThrows(TemplateFailure.class,
                () -> new Templates(dir).render("t", new HashMap<>(), out));
        assertEquals(before + "\n", out.toString());
        assertEquals("templates/t.ftlh", failure.path());
        assertEquals(2, failure.line());
    }

    @Test
    void pageWriterPassesEverythingOnInOrder() throws Exception {
        StringWriter out = new StringWriter();
        StringBuilder expected = new StringBuilder();
        try (PageWriter page = new PageWriter(out)) {
            for (int i = 0; i < 3000; i++) {
                String piece = i % 100 == 0 ? "y".repeat(9000) : "piece " + i + ";";
                page.write(piece);
                page.write('|');
                page.write(piece.toCharArray(), 0, Math.min(3, piece.length()));
                expected.append(piece).append('|').append(piece, 0, Math.min(3, piece.length()));
            }
        }
        assertEquals(expected.toString(), out.toString());
    }

    @Test
    void templatesParsedAheadAreTheOnesTheBakeUses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page.ftlh"), "<#import \"frame.ftlh\" as f><@f.frame>${who}</@f.frame>");
        Files.writeString(dir.resolve("frame.ftlh"), "<#macro frame><main><#nested></main></#macro>");
        Files.writeString(dir.resolve("sitemap.ftlx"), "<urlset>${who}</urlset>");
        Templates ahead = Templates.parsedAhead(dir);
        // Edited after they were read: this bake still renders what it read, and every page of it the same.
        Files.writeString(dir.resolve("frame.ftlh"), "<#macro frame><div><#nested></div></#macro>");
        Files.writeString(dir.resolve("sitemap.ftlx"), "<changed/>");
        Map<String, Object> data = new HashMap<>(Map.of("who", "Ann & Bo"));
        StringWriter page = new StringWriter();
        ahead.render("page", data, page);
        assertEquals("<main>Ann &amp; Bo</main>", page.toString());
        StringWriter sitemap = new StringWriter();
        ahead.render("sitemap", data, sitemap);
        assertEquals("<urlset>Ann &amp; Bo</urlset>", sitemap.toString());
        // The next bake reads them again.
        StringWriter next = new StringWriter();
        new Templates(dir).render("page", data, next);
        assertEquals("<div>Ann &amp; Bo</div>", next.toString());
    }

    @Test
    void aTemplateThatCannotBeParsedAheadIsReportedWhenItIsUsed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.ftlh"), "<p>${who}</p>");
        Files.writeString(dir.resolve("broken.ftlh"), "<p>\n<#if who>\n</p>");
        Templates ahead = Templates.parsedAhead(dir);
        StringWriter good = new StringWriter();
        ahead.render("good", new HashMap<>(Map.of("who", "Ann")), good);
        assertEquals("<p>Ann</p>", good.toString());
        TemplateFailure fromAhead = assertThrows(TemplateFailure.class,
                () -> ahead.render("broken", new HashMap<>(Map.of("who", true)), new StringWriter()));
        TemplateFailure fromFresh = assertThrows(TemplateFailure.class,
                () -> new Templates(dir).render("broken", new HashMap<>(Map.of("who", true)), new StringWriter()));
        assertEquals(fromFresh.getMessage(), fromAhead.getMessage());
        assertEquals("templates/broken.ftlh", fromAhead.path());
        assertEquals(fromFresh.line(), fromAhead.line());
        assertTrue(fromAhead.line() > 0, "the line of the mistake is reported");
    }
}
