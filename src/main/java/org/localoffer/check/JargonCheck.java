package org.localoffer.check;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localoffer.data.Glossary;
import org.localoffer.data.GlossaryEntry;
import org.localoffer.problem.Problems;

/**
 * Abbreviations and jargon that the glossary does not explain. Each is reported once per page,
 * where it is first used.
 */
public final class JargonCheck implements PageRule {

    /** Short forms everyone knows, which need no glossary entry. */
    static final Set<String> EVERYDAY = Set.of("UK", "NHS", "GP", "GPs", "OK", "TV", "AM", "PM", "BBC", "ID", "PDF", "DVD",
            "FAQ", "FAQs", "A", "I");
    /** Words from the GOV.UK style guide's list of words to avoid, and service jargon parents ask about. */
    static final List<String> JARGON = List.of("facilitate", "facilitated", "holistic", "leverage", "signpost",
            "signposted", "signposting", "stakeholder", "stakeholders", "utilise", "utilised", "robust", "streamline",
            "going forward", "multi-agency", "multidisciplinary", "cohort", "step down", "step-down", "tier 2", "tier 3");
    static final Pattern ACRONYM = Pattern.compile("(?<![.\\w])([A-Z][A-Z0-9&]*[A-Z])(s?)\\b(?![.][A-Za-z])");
    static final Pattern JARGON_WORD;

    static {
        JARGON_WORD = Pattern.compile("(?i)\\b(" + String.join("|", JARGON.stream().map(Pattern::quote).toList()) + ")\\b");
    }

    @Override
    public void check(PageText text, CheckContext context, Problems problems) {
        Set<String> known = knownFor(context.data().glossary());
        Set<String> reported = new HashSet<>();
        char[] buffer = new char[256];
        for (Node node : text.nodes()) {
            if (!(node instanceof Text) || node.getAncestorOfType(Code.class) != null) {
                continue;
            }
            // Most text can match neither pattern; it is ruled out from a copy of its characters, without a String.
            BasedSequence chars = node.getChars();
            int length = chars.length();
            if (length > buffer.length) {
                buffer = new char[Math.max(length, buffer.length * 2)];
            }
            if (chars instanceof SubSequence && chars.getBase() instanceof String page) {
                page.getChars(chars.getStartOffset(), chars.getEndOffset(), buffer, 0);
            } else {
                chars.toString().getChars(0, length, buffer, 0);
            }
            boolean acronyms = mayHaveAcronym(buffer, length);
            boolean jargon = mayHaveJargon(buffer, length);
            if (!acronyms && !jargon) {
                continue;
            }
            String words = PageText.string(chars);
            int start = node.getStartOffset();
            Matcher m = acronyms ? ACRONYM.matcher(words) : null;
            while (m != null && m.find()) {
                String acronym = m.group(1);
                if (EVERYDAY.contains(acronym) || known.contains(acronym.toLowerCase(Locale.UK)) || !reported.add(acronym)) {
                    continue;
                }
                int at = start + m.start();
                problems.warning(text.path(), text.lineAt(at), text.columnAt(at), "'" + acronym
                        + "' is an abbreviation that is not in the glossary. Write it out in full, or add it to "
                        + Glossary.FILE + " with its meaning.");
            }
            Matcher j = jargon ? JARGON_WORD.matcher(words) : null;
            while (j != null && j.find()) {
                String word = j.group(1);
                String key = word.toLowerCase(Locale.UK);
                if (known.contains(key) || !reported.add(key)) {
                    continue;
                }
                int at = start + j.start();
                problems.warning(text.path(), text.lineAt(at), text.columnAt(at), "'" + word
                        + "' is jargon that many parents and young people do not use. Say it in everyday words, "
                        + "or add it to " + Glossary.FILE + " with its meaning.");
            }
        }
    }

    /** The glossary and its known words, worked out once for all the pages of a build. */
    private record Known(Glossary glossary, Set<String> words) {
    }

    private volatile Known lastKnown;

    private Set<String> knownFor(Glossary glossary) {
        Known k = lastKnown;
        if (k == null || k.glossary() != glossary) {
            k = new Known(glossary, java.util.Collections.unmodifiableSet(known(glossary)));
            lastKnown = k;
        }
        return k.words();
    }

    /**
     * False only when {@link #ACRONYM} cannot match: it needs two capitals A-Z with nothing but
     * capitals, digits and '&' between them.
     */
    static boolean mayHaveAcronym(String s) {
        return mayHaveAcronym(s.toCharArray(), s.length());
    }

    /** {@link #mayHaveAcronym(String)} of the text {@code s[0, n)}. */
    static boolean mayHaveAcronym(char[] s, int n) {
        boolean inRun = false;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (c >= 'A' && c <= 'Z') {
                if (inRun) {
                    return true;
                }
                inRun = true;
            } else if (!((c >= '0' && c <= '9') || c == '&')) {
                inRun = false;
            }
        }
        return false;
    }

    /** False only when {@link #JARGON_WORD} cannot match: its (?i) ignores case for ASCII letters only. */
    static boolean mayHaveJargon(String s) {
        return mayHaveJargon(s.toCharArray(), s.length());
    }

    /** {@link #mayHaveJargon(String)} of the text {@code s[0, n)}. */
    static boolean mayHaveJargon(char[] s, int n) {
        boolean afterWordChar = false;
        for (int i = 0; i + 1 < n; i++) {
            char c = s[i];
            // Every jargon word starts with a letter, so \b cannot come between it and a letter, digit or _ before it.
            if (!afterWordChar && c < 128) {
                char next = s[i + 1];
                // Most words are ruled out by their first two letters, without comparing any jargon.
                if (next < 128 && JARGON_STARTS[lowerAscii(c) * 128 + lowerAscii(next)]) {
                    for (String word : JARGON_BY_FIRST[lowerAscii(c)]) {
                        if (startsWithIgnoringAsciiCase(s, n, i, word)) {
                            return true;
                        }
                    }
                }
            }
            afterWordChar = isAsciiWordChar(c);
        }
        return false;
    }

    /** The jargon words by their first letter (all are lower-case ASCII). */
    private static final String[][] JARGON_BY_FIRST = new String[128][];
    /** Whether any jargon word starts with two letters, at [first * 128 + second]. */
    private static final boolean[] JARGON_STARTS = new boolean[128 * 128];

    static {
        for (String word : JARGON) {
            char first = word.charAt(0);
            String[] old = JARGON_BY_FIRST[first];
            String[] words = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            words[words.length - 1] = word;
            JARGON_BY_FIRST[first] = words;
            JARGON_STARTS[first * 128 + word.charAt(1)] = true;
        }
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean startsWithIgnoringAsciiCase(char[] s, int n, int at, String lowerWord) {
        if (at + lowerWord.length() > n) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            if (lowerAscii(s[at + k]) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> known(Glossary glossary) {
        Set<String> known = new HashSet<>();
        for (GlossaryEntry e : glossary.entries()) {
            known.add(e.term().toLowerCase(Locale.UK));
            if (e.acronym() != null) {
                known.add(e.acronym().toLowerCase(Locale.UK));
            }
            e.also().forEach(a -> known.add(a.toLowerCase(Locale.UK)));
            // Short forms inside a term, such as EHC in "EHC needs assessment", are explained by it too.
            List<String> words = new java.util.ArrayList<>(List.of(e.term().split("\\s+")));
            e.also().forEach(a -> words.addAll(List.of(a.split("\\s+"))));
            for (String w : words) {
                if (w.length() > 1 && w.equals(w.toUpperCase(Locale.UK)) && w.chars().anyMatch(Character::isLetter)) {
                    known.add(w.toLowerCase(Locale.UK));
                }
            }
        }
        return known;
    }
}
