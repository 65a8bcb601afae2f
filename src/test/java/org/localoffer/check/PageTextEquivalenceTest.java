package org.localoffer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.localoffer.content.Page;
import org.localoffer.content.PageType;
import org.localoffer.data.GlossaryEntry;
import org.localoffer.data.SiteData;
import org.localoffer.data.SiteDataReader;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;
import org.localoffer.render.MarkdownRenderer;
import org.localoffer.testing.TestSite;
import org.localoffer.testing.RandomText;

/**
 * The page rules read a page's text in fewer passes than they once did: paragraphs are copied and their sentences
 * counted without making Strings, the jargon rule looks at a page's characters once before its text nodes, and the
 * heading rule takes attributes out only of headings that may have them. Over many random pages, each gives what the
 * plain way gives: flexmark's visitor and the regexes for prose, every text node matched with the regexes for jargon.
 */
class PageTextEquivalenceTest {

    /** Pieces of Markdown that matter to the rules, with some that do not. */
    private static final List<String> PIECES = List.of("word", "Word", "words", "the", "Therapy", "yes", "eyes",
            "walked", "tied", "don’t", "it's", "re-use", "1,000", "2027", "é", "Éire", "naïve", "𝐀bc", "½", "Ⅳ",
            "EHC", "EHCP", "SENCO", "A&E", "NHS", "GP", "GPs", "UK", "CAMHS.", "SEND", "AB1C", "OT", "ID", "I", "A",
            "facilitate", "Holistic", "SIGNPOSTING", "signposted", "step down", "Step-down", "tier 2", "Tier 3",
            "going forward", "multi-agency", "cohort", "cohorts", "robustly", "stakeholders", "utilise", "leverage",
            ".", ".", ".", "!", "?", ",", ";", ":", "\"", "'", "”", "’", "“", "‘", "(", ")", "—", "-", "…",
            " ", " ", " ", "  ", "\t", "\n", "\n", "\n\n", "\r\n", "\n\n", "  \n", "\u2003", "\u00A0",
            "*em*", "**strong**", "_em_", "`code`", "`EHC`", "[link](x.md)", "[EHC plan](x.md#a)", "[click here](y.md)",
            "![alt](i.png)", "<https://example.org>", "\\*", "\\&", "&amp;", "&copy;", "<b>b</b>", "{#id}", "{.c}",
            "\n## Heading\n", "\n### Heading {#h}\n", "\n#### Deep\n", "\n##\n", "\n- item ", "\n1. item ",
            "\n> quote ", "\n    indented code\n", "\n```\nfenced EHC\n```\n",
            "\n| A | B |\n| --- | --- |\n| EHC | holistic |\n", "\nSetext\n---\n", "|", "#", "\\");

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static Page page(String markdown) {
        return new Page("services/x.md", "/services/x/", PageType.SERVICE, "Title", "A summary", List.of(), List.of(),
                null, List.of(), null, List.of(), null, null, null, null, null, 18, List.of(), List.of(), List.of(),
                null, null, null, List.of(), false, markdown, 7, Map.of(), List.of());
    }

    private static String randomPage(Random r) {
        StringBuilder b = new StringBuilder();
        int pieces = r.nextInt(80);
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES.get(r.nextInt(PIECES.size())));
            if (r.nextInt(3) > 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** The random pages' text, read once for every test: half from the renderer's parse, half from the rules' own. */
    private static List<PageText> texts;

    private static synchronized List<PageText> texts() {
        if (texts == null) {
            List<PageText> out = new ArrayList<>();
            List<String> markdowns = pages();
            for (int i = 0; i < markdowns.size(); i++) {
                out.add(read(markdowns.get(i), i % 2 == 0));
            }
            texts = out;
        }
        return texts;
    }

    private static List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("", "One. Two.", "A paragraph with [a link](x.md) and *em*.\n\n"
                + "## Heading {#h}\n\nEHC and SENCO and holistic.\n\n| EHC | B |\n|---|---|\n| c | d |\n"));
        Random r = new Random(11);
        for (int i = 0; i < 3_000; i++) {
            pages.add(randomPage(r));
        }
        return pages;
    }

    /** The page's text as the rules read it: from the renderer's parse when they may, as a build reads it. */
    private static PageText read(String markdown, boolean rendered) {
        Page page = page(markdown);
        if (!rendered) {
            return new PageText(page);
        }
        Document[] document = new Document[1];
        LineIndex[] lines = new LineIndex[1];
        RENDERER.render(page, new Problems(), (d, l) -> {
            document[0] = d;
            lines[0] = l;
        });
        return PageText.of(page, document[0], lines[0]);
    }

    @Test
    void proseBlocksAndSentencesAreWhatTheVisitorAndRegexesGive() {
        int blocks = 0;
        int sentences = 0;
        for (PageText text : texts()) {
            String markdown = text.page().markdown();
            List<String> expected = new ArrayList<>();
            for (Node node : text.nodes()) {
                if (node instanceof Paragraph p && p.getAncestorOfType(TableBlock.class) == null) {
                    String plain = Prose.collapseSpace(new TextCollectingVisitor().collectAndGetText(p)).strip();
                    if (!plain.isEmpty()) {
                        expected.add(plain + " @" + text.line(p) + ":" + text.column(p) + " " + regexCounts(plain));
                    }
                }
            }
            List<String> actual = new ArrayList<>();
            for (Prose.Block block : Prose.blocks(text)) {
                StringBuilder counts = new StringBuilder();
                for (ReadingAge.Sentence s : block.sentences()) {
                    String sentence = block.text().substring(s.start(), s.end());
                    counts.append('[').append(sentence.strip()).append(' ').append(s.words()).append(' ')
                            .append(s.syllables()).append(']');
                    sentences++;
                }
                actual.add(block.text() + " @" + block.line() + ":" + block.column() + " " + counts);
                blocks++;
            }
            assertEquals(expected, actual, markdown);
            int words = 0;
            int syllables = 0;
            int counted = 0;
            for (Prose.Block block : Prose.blocks(text)) {
                for (ReadingAge.Sentence s : block.sentences()) {
                    counted++;
                    words += s.words();
                    syllables += s.syllables();
                }
            }
            assertEquals(new ReadingAge(words, counted, syllables), text.readingAge(), markdown);
        }
        assertTrue(blocks > 5_000 && sentences > 10_000, blocks + " blocks, " + sentences + " sentences");
    }

    /** Each sentence of a block with words, as the regexes split and count it. */
    private static String regexCounts(String plain) {
        StringBuilder out = new StringBuilder();
        for (String sentence : TextSpeedEquivalenceTest.regexSentences(plain)) {
            List<String> words = TextSpeedEquivalenceTest.regexWords(sentence);
            if (!words.isEmpty()) {
                int syllables = words.stream().mapToInt(TextSpeedEquivalenceTest::regexSyllables).sum();
                out.append('[').append(sentence).append(' ').append(words.size()).append(' ').append(syllables).append(']');
            }
        }
        return out.toString();
    }

    @Test
    void jargonIsFoundAsMatchingEveryTextNodeFindsIt() {
        SiteData data = new SiteDataReader().read(TestSite.REPO, new Problems()).orElseThrow();
        CheckContext context = new CheckContext(null, data, List.of(), TestSite.REPO, LocalDate.of(2026, 11, 27));
        Set<String> known = known(data);
        int warnings = 0;
        for (PageText text : texts()) {
            String markdown = text.page().markdown();
            Problems found = new Problems();
            new JargonCheck().check(text, context, found);
            Problems expected = jargonByRegexes(text, known);
            assertEquals(expected.sorted(), found.sorted(), markdown);
            warnings += expected.warningCount();
        }
        assertTrue(warnings > 2_500, "warnings " + warnings);
    }

    /** What the jargon rule reported before it had prefilters: the regexes run over every text node outside code. */
    private static Problems jargonByRegexes(PageText text, Set<String> known) {
        Problems out = new Problems();
        Set<String> reported = new HashSet<>();
        for (Node node : text.nodes()) {
            if (!(node instanceof Text) || node.getAncestorOfType(Code.class) != null) {
                continue;
            }
            String words = node.getChars().toString();
            Matcher m = JargonCheck.ACRONYM.matcher(words);
            while (m.find()) {
                String acronym = m.group(1);
                if (!JargonCheck.EVERYDAY.contains(acronym) && !known.contains(acronym.toLowerCase(Locale.UK))
                        && reported.add(acronym)) {
                    int at = node.getStartOffset() + m.start();
                    out.warning(text.path(), text.lineAt(at), text.columnAt(at), "'" + acronym + "' is an abbreviation "
                            + "that is not in the glossary. Write it out in full, or add it to content/data/glossary.yml "
                            + "with its meaning.");
                }
            }
            Matcher j = JargonCheck.JARGON_WORD.matcher(words);
            while (j.find()) {
                String word = j.group(1);
                if (!known.contains(word.toLowerCase(Locale.UK)) && reported.add(word.toLowerCase(Locale.UK))) {
                    int at = node.getStartOffset() + j.start();
                    out.warning(text.path(), text.lineAt(at), text.columnAt(at), "'" + word + "' is jargon that many "
                            + "parents and young people do not use. Say it in everyday words, or add it to "
                            + "content/data/glossary.yml with its meaning.");
                }
            }
        }
        return out;
    }

    /** The glossary's known words, as the rule works them out. */
    private static Set<String> known(SiteData data) {
        Set<String> known = new HashSet<>();
        for (GlossaryEntry e : data.glossary().entries()) {
            known.add(e.term().toLowerCase(Locale.UK));
            if (e.acronym() != null) {
                known.add(e.acronym().toLowerCase(Locale.UK));
            }
            e.also().forEach(a -> known.add(a.toLowerCase(Locale.UK)));
            List<String> words = new ArrayList<>(List.of(e.term().split("\\s+")));
            e.also().forEach(a -> words.addAll(List.of(a.split("\\s+"))));
            for (String w : words) {
                if (w.length() > 1 && w.equals(w.toUpperCase(Locale.UK)) && w.chars().anyMatch(Character::isLetter)) {
                    known.add(w.toLowerCase(Locale.UK));
                }
            }
        }
        return known;
    }

    @Test
    void aPageIsRuledOutOnlyWhenNoPartOfItCouldMatch() {
        Random r = new Random(12);
        int ruledOut = 0;
        for (int i = 0; i < 100_000; i++) {
            String s = i % 2 == 0 ? randomPage(r).toLowerCase(Locale.ROOT)
                    : RandomText.of(r, "ABab1&.- tierTIER 2stepSTEPdownholist-", r.nextInt(30));
            char[] chars = s.toCharArray();
            if (!JargonCheck.mayMatchAnywhere(chars, chars.length)) {
                ruledOut++;
                for (int from = 0; from < chars.length; from++) {
                    for (int to = from; to <= chars.length; to++) {
                        assertTrue(!JargonCheck.mayHaveAcronym(chars, from, to) && !JargonCheck.mayHaveJargon(chars, from, to),
                                s + " [" + from + ", " + to + ")");
                    }
                }
            }
        }
        assertTrue(ruledOut > 10_000, "ruled out " + ruledOut);
    }

    @Test
    void headingsReadAsTakingOutAttributesFromEveryHeading() {
        Pattern attributes = Pattern.compile("\\{#[^}]*}");
        int headings = 0;
        for (PageText text : texts()) {
            String markdown = text.page().markdown();
            Problems expected = new Problems();
            int previous = 1;
            for (Node node : text.nodes()) {
                if (node instanceof Heading h && h.getLevel() > 1) {
                    String words = attributes.matcher(h.getText().toString()).replaceAll("").strip();
                    String marks = "#".repeat(h.getLevel());
                    if (words.isEmpty()) {
                        expected.error(text.path(), text.line(h), text.column(h), "the heading '" + marks
                                + "' has no words. Write the heading after the '" + marks + " ', or remove the line.");
                    }
                    if (h.getLevel() > previous + 1) {
                        String after = previous == 1 ? "the page title (level 1)" : "a level " + previous + " heading";
                        expected.warning(text.path(), text.line(h), text.column(h), "the heading '" + words + "' is level "
                                + h.getLevel() + " but comes after " + after + ", so it skips a level. Write it as '"
                                + "#".repeat(previous + 1) + " " + words + "'.");
                    }
                    previous = h.getLevel();
                    headings++;
                }
            }
            Problems found = new Problems();
            new HeadingCheck().check(text, null, found);
            assertEquals(expected.sorted(), found.sorted(), markdown);
        }
        assertTrue(headings > 2_500, "headings " + headings);
    }
}
