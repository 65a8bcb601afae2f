package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.localoffer.data.Glossary;
import org.localoffer.data.GlossaryEntry;
import org.localoffer.testing.RandomText;

/** The hand-written matching that replaced regexes finds what the regexes found. */
class RenderSpeedEquivalenceTest {


    @Test
    void glossaryAcronymsAreFoundAsThePatternFoundThem() {
        List<String> acronyms = List.of("SEN", "SEND", "SENCO", "EHC", "EHCP", "A&E", "S-2", "SE");
        List<GlossaryEntry> entries = new ArrayList<>();
        for (String a : acronyms) {
            entries.add(new GlossaryEntry("Term " + a, a, List.of(), "d", 1));
        }
        GlossaryMarker marker = new GlossaryMarker(new Glossary(entries));
        List<String> sorted = acronyms.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList();
        Pattern pattern = Pattern.compile("(?<![\\w-])(" + sorted.stream().collect(Collectors.joining("|")) + ")(?![\\w-])");
        Random r = new Random(8);
        for (int i = 0; i < 100_000; i++) {
            String s = RandomText.of(r, "SENDCOHPA&-2_ x.é", r.nextInt(16));
            Matcher m = pattern.matcher(s);
            int from = 0;
            int[] at = new int[1];
            while (true) {
                boolean found = m.find();
                String word = marker.find(s, from, at);
                assertEquals(found ? m.group(1) : null, word, s);
                if (!found) {
                    break;
                }
                assertEquals(m.start(), at[0], s);
                from = at[0] + word.length();
            }
        }
    }

    @Test
    void schemesAreRecognisedAsTheRegexesRecognisedThem() {
        Random r = new Random(9);
        for (int i = 0; i < 100_000; i++) {
            String href = RandomText.of(r, "aZ09+.-:/#\n\r\u2028é ", r.nextInt(10));
            assertEquals(href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*"), LinkResolver.hasScheme(href), href);
            String h = href.strip().toLowerCase(Locale.ROOT);
            int colon = h.indexOf(':');
            if (colon > 0) {
                assertEquals(h.substring(0, colon).matches("[a-z][a-z0-9+.-]*"), MarkdownRenderer.isScheme(h, colon), h);
            }
        }
    }
}
