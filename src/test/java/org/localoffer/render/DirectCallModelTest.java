package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Templates render the same text, and fail with the same messages, when our objects' methods are called straight
 * ({@link DirectCallModel}) as when FreeMarker's default wrapper calls them. Where a message describes a value by
 * its wrapper's class, {@link Templates} names FreeMarker's (checked by the last test).
 */
class DirectCallModelTest {

    public record Sample(String name, int count, List<String> tags, Sample inner, LocalDate day) {

        public String greet(String who) {
            return "Hello " + who + " from " + name;
        }

        public String describe(Sample other) {
            return name + " knows " + (other == null ? "nobody" : other.name());
        }

        public String listed(List<String> words) {
            return String.join("+", words);
        }

        public String weeks(double weeks) {
            return weeks + " weeks";
        }

        public String over(String text) {
            return "text " + text;
        }

        public String over(int number) {
            return "number " + number;
        }

        public String nothing() {
            return null;
        }

        public String fail() {
            throw new IllegalStateException("boom <here>");
        }

        public String dated(LocalDate date) {
            return date == null ? "undated" : date.toString();
        }

        public Object anything(Object value) {
            return value;
        }

        public void ignore() {
            // a method that returns nothing
        }

        public static String helper() {
            return "static";
        }
    }

    private static final String[] TEMPLATES = {
        "${s.name()} ${s.count()} ${s.tags()?join(', ')} ${s.inner().name()} ${s.day()}",
        "${s.name} ${s.count} ${s.inner.name} ${s.inner().inner()!'none'}",
        "${s.greet('Ann <&>')} ${s.greet(s.name())} ${s.describe(s.inner())} ${s.describe(s)}",
        "${s.listed(s.tags())} ${s.weeks(2)} ${s.weeks(2.5)} ${s.over('a')} ${s.over(1)}",
        "${s.nothing()!'nothing'} <#if s.nothing()??>y<#else>n</#if> ${s.dated(s.day())} ${s.anything('x')}",
        "<#list s.tags() as t>${t}<#sep>, </#list> ${s.tags()?size} ${s.inner().tags()?has_content?c}",
        "${s.greet(s.inner())}",
        "${s.describe('text')}",
        "${s.describe(s.missing)}",
        "${s.describe(s.nothing())}",
        "${s.greet()}",
        "${s.greet('a', 'b')}",
        "${s.fail()}",
        "${s.nothing()}",
        "${s.missing()}",
        "${s.ignore()}",
        "${s.helper()}",
        "${s.greet}",
        "${s.count()?string.percent} ${s.count() + 1}",
        "<#list s.inner() as x>${x}</#list>",
        "${s.tags()}",
        "${s.inner()?length} ${s}",
        "${s.dated(s.name())}",
        "${s.weeks('2')}",
        "${s.toString()?length} ${s.hashCode()?is_number?c} ${s.equals(s)?c}",
        "${s.anything(s.inner()).name()} ${s.anything(1)} ${s.anything(s.tags())?size}",
        "${(s.inner().inner().name())!'deep'} ${s.inner().day()!'no day'}",
    };

    @Test
    void templatesRenderAndFailAsWithFreeMarkersOwnWrapper() throws Exception {
        Sample inner = new Sample("Inner", 2, List.of(), null, null);
        Sample outer = new Sample("Outer <b>", 3, List.of("a", "b & c"), inner, LocalDate.of(2026, 9, 1));
        Configuration plain = configuration(new PlainWrapper());
        SharingObjectWrapper wrapper = new SharingObjectWrapper(Configuration.VERSION_2_3_34);
        Configuration direct = configuration(wrapper);
        List<String> failures = new ArrayList<>();
        for (int shared = 0; shared < 2; shared++) {
            if (shared == 1) {
                wrapper.share(outer);
            }
            for (String template : TEMPLATES) {
                String expected = render(plain, template, outer);
                String actual = DirectCallModel.asFreeMarkerNamesIt(render(direct, template, outer));
                assertEquals(expected, actual, template);
                if (expected.startsWith("FAILED")) {
                    failures.add(template);
                }
            }
        }
        assertTrue(failures.size() >= 2 * 10, "the failing calls are compared too: " + failures);
    }

    @Test
    void templateFailuresNameFreeMarkersWrapper(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("t.ftlh"), "<#list s.inner() as x>${x}</#list>");
        Sample sample = new Sample("Outer", 1, List.of(), new Sample("Inner", 0, List.of(), null, null), null);
        TemplateFailure failure = org.junit.jupiter.api.Assertions.assertThrows(TemplateFailure.class,
                () -> new Templates(dir).render("t", new HashMap<>(Map.of("s", sample)), new StringWriter()));
        assertEquals("the template failed: The value you try to list is an extended_hash+string "
                + "(org.localoffer.render.DirectCallModelTest$Sample wrapped into f.e.b.GenericObjectModel), thus you "
                + "must specify two loop variables after the \"as\"; one for the key, and another for the value, like "
                + "<#... as k, v>). Fix the template on this line.", failure.getMessage());
    }

    @Test
    void onlyOurOwnPublicMethodsAreCalledDirectly() {
        DirectMethods methods = DirectMethods.of(Sample.class);
        assertTrue(methods.get("greet") != null && methods.get("name") != null);
        assertEquals(null, methods.get("over"), "overloaded: FreeMarker chooses");
        assertEquals(null, methods.get("ignore"), "returns nothing");
        assertEquals(null, methods.get("helper"), "static");
        assertEquals(null, methods.get("toString"));
        assertEquals(null, methods.get("getClass"));
        assertTrue(DirectMethods.eligible(Sample.class));
        assertTrue(!DirectMethods.eligible(String.class) && !DirectMethods.eligible(LocalDate.class));
    }

    private static String render(Configuration configuration, String template, Sample sample) throws Exception {
        StringTemplateLoader loader = (StringTemplateLoader) configuration.getTemplateLoader();
        loader.putTemplate("t.ftlh", template);
        configuration.clearTemplateCache();
        Map<String, Object> data = new HashMap<>();
        data.put("s", sample);
        StringWriter out = new StringWriter();
        try {
            configuration.getTemplate("t.ftlh").process(data, out);
            return out.toString();
        } catch (TemplateException e) {
            return "FAILED " + out + " | " + e.getMessageWithoutStackTop() + " | line " + e.getLineNumber()
                    + " | cause " + (e.getCause() == null ? "none" : e.getCause().getClass().getName() + ": "
                    + e.getCause().getMessage());
        }
    }

    /** The settings of {@link Templates}, with a template loader from strings. */
    private static Configuration configuration(ObjectWrapper wrapper) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new StringTemplateLoader());
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setLocale(java.util.Locale.UK);
        c.setNumberFormat("computer");
        c.setObjectWrapper(wrapper);
        return c;
    }

    /** What SharingObjectWrapper extends, with nothing changed. */
    private static final class PlainWrapper extends DefaultObjectWrapper {
        PlainWrapper() {
            super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
        }
    }
}
