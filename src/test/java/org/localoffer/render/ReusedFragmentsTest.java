package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates' {@code <@reuse key=...>} directive, which writes a list item once a bake and repeats it. */
class ReusedFragmentsTest {

    /** A list item whose text says how many times it was written. */
    public record Item(String key, String name, AtomicInteger writes) {
        public String written() {
            return name + " #" + writes.incrementAndGet();
        }
    }

    private static String render(Templates templates, String template, Map<String, Object> data) throws Exception {
        StringWriter out = new StringWriter();
        templates.render(template, new HashMap<>(data), out);
        return out.toString();
    }

    @Test
    void theContentRunsOnceAKeyAndIsWrittenEachTime(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("list.ftlh"),
                "<#list items as i><@reuse key=i.key() + \" \" + level><li>${i.written()} h${level}</li></@reuse></#list>");
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        List<Item> items = List.of(new Item("a", "Ann & Co", a), new Item("b", "Bo", b), new Item("a", "Ann & Co", a));
        Templates templates = new Templates(dir);

        assertEquals("<li>Ann &amp; Co #1 h2</li><li>Bo #1 h2</li><li>Ann &amp; Co #1 h2</li>",
                render(templates, "list", Map.of("items", items, "level", 2)));
        // Another page of the same bake: the items are reused; another heading level is another key.
        assertEquals("<li>Bo #1 h2</li>", render(templates, "list", Map.of("items", List.of(items.get(1)), "level", 2)));
        assertEquals("<li>Bo #2 h3</li>", render(templates, "list", Map.of("items", List.of(items.get(1)), "level", 3)));
        assertEquals(1, a.get());

        // A new bake starts with nothing kept: an edited service is written afresh.
        assertEquals("<li>Ann &amp; Co #2 h2</li>", render(new Templates(dir), "list", Map.of("items", List.of(items.get(0)), "level", 2)));
    }

    @Test
    void aNumberIsAKeyAndAnEmptyCallWritesNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.ftlh"), "<@reuse key=n>${n * 2}</@reuse>|<@reuse key=\"x\"/>|");
        Templates templates = new Templates(dir);
        assertEquals("42||", render(templates, "t", Map.of("n", 21)));
    }

    @Test
    void aCallWithoutItsKeyOrWithMoreSaysHowToWriteIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("nokey.ftlh"), "line one\n<@reuse>x</@reuse>");
        Files.writeString(dir.resolve("extra.ftlh"), "<@reuse key=\"a\" level=2>x</@reuse>");
        Files.writeString(dir.resolve("loop.ftlh"), "<@reuse key=\"a\"; v>x</@reuse>");
        Files.writeString(dir.resolve("list.ftlh"), "<@reuse key=[1, 2]>x</@reuse>");
        Templates templates = new Templates(dir);

        TemplateFailure noKey = assertThrows(TemplateFailure.class, () -> render(templates, "nokey", Map.of()));
        assertEquals("templates/nokey.ftlh", noKey.path());
        assertEquals(2, noKey.line());
        assertTrue(noKey.getMessage().contains("<@reuse> takes one parameter, key"), noKey.getMessage());
        TemplateFailure extra = assertThrows(TemplateFailure.class, () -> render(templates, "extra", Map.of()));
        assertTrue(extra.getMessage().contains("<@reuse> takes one parameter, key"), extra.getMessage());
        TemplateFailure loop = assertThrows(TemplateFailure.class, () -> render(templates, "loop", Map.of()));
        assertTrue(loop.getMessage().contains("reuse has no loop variables"), loop.getMessage());
        TemplateFailure list = assertThrows(TemplateFailure.class, () -> render(templates, "list", Map.of()));
        assertTrue(list.getMessage().contains("must be text or a number"), list.getMessage());
    }
}
