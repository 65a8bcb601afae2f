package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Templates see our records through {@link RecordModel} (kept per thread by {@link SharingObjectWrapper}) exactly
 * as through FreeMarker's own wrapper: same output, same errors, on many random records and expressions.
 */
class RecordModelTest {

    public enum Colour {
        RED, GREEN;

        public String label() {
            return name().toLowerCase();
        }
    }

    public record Inner(String name, Integer count) {
        public String shout() {
            return name == null ? "none" : name.toUpperCase();
        }
    }

    public record Outer(String title, String summary, List<String> tags, Inner inner, Colour colour, boolean flag,
                        int number, double ratio, java.time.LocalDate date, Map<String, Integer> lines) {
        /** Not an accessor: a method with the name of none of the components. */
        public String both() {
            return title + "/" + summary;
        }

        /** Overloads an accessor's name: FreeMarker sees two methods, so the record model must leave it alone. */
        public String summary(String suffix) {
            return summary + suffix;
        }
    }

    /** A record FreeMarker does not wrap as a plain object: it is handed over as FreeMarker does. */
    public record Scalar(String text) implements freemarker.template.TemplateScalarModel {
        @Override
        public String getAsString() {
            return text;
        }
    }

    /** Looked up by templates, as SiteModel is: takes records and lists back as arguments. */
    public static final class Helper {
        public String describe(Outer o) {
            return o == null ? "null" : o.title() + "#" + o.tags().size();
        }

        public String joined(List<String> words) {
            return String.join("+", words);
        }

        public String innerName(Inner inner) {
            return inner == null ? "-" : String.valueOf(inner.name());
        }
    }

    /** Expressions as our templates write them, and a few mistakes; each is rendered on its own. */
    private static final List<String> EXPRESSIONS = List.of(
            "${o.title()}", "${o.title()!'none'}", "<#if o.title()??>has</#if>", "${o.summary()}",
            "${o.summary('!')}", "${o.both()}", "<#list o.tags() as t>${t}<#sep>, </#list>", "${o.tags()?size}",
            "<#if o.tags()?has_content>tags</#if>", "${o.inner().name()!'-'}", "${o.inner().count()!0}",
            "${o.inner().shout()}", "${o.colour().label()}", "${o.colour()}", "<#if o.flag()>yes<#else>no</#if>",
            "${o.number()}", "${o.number() + 1}", "${o.ratio()}", "${h.describe(o)}", "${h.joined(o.tags())}",
            "${h.innerName(o.inner())}", "${o.title}", "${o.inner.name!'-'}", "${o.date()!}",
            "<#if o.inner()?has_content>inner</#if>", "${o.lines()?size}", "<#list o.lines() as k, v>${k}=${v};</#list>",
            "${o.title('x')}", "${o.nonsense()}", "${o.inner().nonsense()}", "${o.title()?upper_case}",
            "<#assign t = o.title()>${t}${t}", "${o.title()?is_string?c}", "${o?is_hash?c}", "${o.tags()[0]!'-'}",
            "<#list xs as x>${x.title()}:${x.inner().name()!}|</#list>", "${(o.inner().count() > 2)?c}",
            "${o.title()?has_content?c}");

    /** Set up as {@link Templates} sets FreeMarker up, with templates from memory. */
    static Configuration configuration(ObjectWrapper wrapper, Map<String, String> templates) {
        Configuration c = Templates.configuration(wrapper);
        StringTemplateLoader loader = new StringTemplateLoader();
        templates.forEach(loader::putTemplate);
        c.setTemplateLoader(loader);
        return c;
    }

    static String render(Configuration c, String name, Object data) {
        StringWriter out = new StringWriter();
        try {
            Template t = c.getTemplate(name);
            t.process(data, out);
            return out.toString();
        } catch (Exception e) {
            return out + "\nFAILED " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String text(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "Speech & <language> “therapy”";
            default -> "word" + r.nextInt(100);
        };
    }

    private static Outer outer(Random r) {
        List<String> tags = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            tags.add("t" + r.nextInt(9));
        }
        Inner inner = r.nextInt(4) == 0 ? null : new Inner(text(r), r.nextBoolean() ? null : r.nextInt(5));
        Map<String, Integer> lines = r.nextBoolean() ? Map.of() : Map.of("title", 2, "summary", 3);
        return new Outer(text(r), text(r), List.copyOf(tags), inner, Colour.values()[r.nextInt(2)], r.nextBoolean(),
                r.nextInt(1000) - 500, r.nextDouble() * 10, r.nextBoolean() ? null : java.time.LocalDate.of(2026, 1 + r.nextInt(12), 3),
                lines);
    }

    @Test
    void recordsRenderAndFailAsFreeMarkersOwnModelsDo() {
        Map<String, String> templates = new HashMap<>();
        for (int i = 0; i < EXPRESSIONS.size(); i++) {
            templates.put("e" + i + ".ftlh", EXPRESSIONS.get(i));
        }
        Configuration plain = configuration(
                new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build(), templates);
        SharingObjectWrapper keeping = new SharingObjectWrapper(Configuration.VERSION_2_3_34);
        Helper helper = new Helper();
        keeping.share(helper);
        Configuration kept = configuration(keeping, templates);
        Random r = new Random(34);
        List<Outer> pool = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pool.add(outer(r));
        }
        int failures = 0;
        // The same records come back again and again, as pages do in list pages: kept models must not go stale.
        for (int round = 0; round < 400; round++) {
            Outer o = pool.get(r.nextInt(pool.size()));
            List<Outer> xs = Arrays.asList(pool.get(r.nextInt(pool.size())), o, pool.get(r.nextInt(pool.size())));
            Map<String, Object> data = new HashMap<>(Map.of("o", o, "h", helper, "xs", xs));
            for (int i = 0; i < EXPRESSIONS.size(); i++) {
                String expected = render(plain, "e" + i + ".ftlh", data);
                assertEquals(expected, render(kept, "e" + i + ".ftlh", data), EXPRESSIONS.get(i) + " with " + o);
                if (expected.contains("FAILED")) {
                    failures++;
                }
            }
        }
        assertTrue(failures > 400, "mistakes are compared too");
    }

    @Test
    void aHashOfPageDataRendersAndFailsAsTheMapItHolds() {
        List<String> uses = List.of("${url}${url?starts_with('/s')?c}<#if url == '/'>home</#if>", "<#if page??>page</#if>",
                "${summary}${title!'-'}", "${nothing}", "${nothing.here}", "${list.x!'none'}", "${(preview)?c}",
                "<#list crumbs as c>${c.name()}</#list>", "${crumbs[0].count()}", "${h.describe(o)}${o.title()!}");
        Map<String, String> templates = new HashMap<>();
        for (int i = 0; i < uses.size(); i++) {
            templates.put("u" + i + ".ftlh", uses.get(i));
        }
        SharingObjectWrapper wrapper = new SharingObjectWrapper(Configuration.VERSION_2_3_34);
        Configuration c = configuration(wrapper, templates);
        Random r = new Random(7);
        for (int round = 0; round < 20; round++) {
            Map<String, Object> data = new HashMap<>();
            data.put("url", r.nextBoolean() ? "/" : "/services/x/");
            data.put("summary", r.nextBoolean() ? "" : "A & B");
            data.put("title", "T");
            data.put("preview", r.nextBoolean());
            data.put("crumbs", List.of(new Inner("Home", 1), new Inner("Services", 2)));
            data.put("h", new Helper());
            data.put("o", outer(r));
            if (r.nextBoolean()) {
                data.put("page", outer(r));
            }
            for (int i = 0; i < uses.size(); i++) {
                assertEquals(render(c, "u" + i + ".ftlh", data),
                        render(c, "u" + i + ".ftlh", new freemarker.template.SimpleHash(data, wrapper)), uses.get(i));
            }
        }
    }

    @Test
    void aRecordIsWrappedOnceOnEachThread() throws Exception {
        SharingObjectWrapper wrapper = new SharingObjectWrapper(Configuration.VERSION_2_3_34);
        Inner inner = new Inner("a", 1);
        assertSame(wrapper.wrap(inner), wrapper.wrap(inner));
        assertTrue(wrapper.wrap(inner) instanceof RecordModel);
        assertTrue(wrapper.wrap(new Inner("a", 1)) != wrapper.wrap(inner), "equal records are kept apart");
        assertSame(wrapper.wrap(Colour.RED), wrapper.wrap(Colour.RED));
        Scalar scalar = new Scalar("a");
        assertSame(scalar, wrapper.wrap(scalar));
        assertSame(scalar, wrapper.wrap(scalar));
        Object[] other = new Object[1];
        Thread t = new Thread(() -> {
            try {
                other[0] = wrapper.wrap(inner);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        t.join();
        assertTrue(other[0] != wrapper.wrap(inner), "each thread has its own");
    }
}
