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
        String markdown = text.page().markdown();
        char[] page = text.chars();
        // Most pages have no text either pattern can match anywhere; then no text node that is a slice of the
        // page need be looked at on its own.
        boolean pageMay = mayMatchAnywhere(page, page.length);
        char[] buffer = null;
        for (Node node : text.nodes()) {
            if (!(node instanceof Text)) {
                continue;
            }
            BasedSequence chars = node.getChars();
            boolean slice = chars instanceof SubSequence && chars.getBase() == markdown;
            if ((slice && !pageMay) || node.getAncestorOfType(Code.class) != null) {
                continue;
            }
            // Most text can match neither pattern; it is ruled out from its characters, without a String.
            boolean acronyms;
            boolean jargon;
            if (slice) {
                acronyms = mayHaveAcronym(page, chars.getStartOffset(), chars.getEndOffset());
                jargon = mayHaveJargon(page, chars.getStartOffset(), chars.getEndOffset());
            } else {
                int length = chars.length();
                if (buffer == null || length > buffer.length) {
                    buffer = new char[Math.max(length, 256)];
                }
                if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
                    base.getChars(chars.getStartOffset(), chars.getEndOffset(), buffer, 0);
                } else {
                    chars.toString().getChars(0, length, buffer, 0);
                }
                acronyms = mayHaveAcronym(buffer, 0, length);
                jargon = mayHaveJargon(buffer, 0, length);
            }
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
        return mayHaveAcronym(s.toCharArray(), 0, s.length());
    }

    /** {@link #mayHaveAcronym(String)} of the text {@code s[from, to)}. */
    static boolean mayHaveAcronym(char[] s, int from, int to) {
        boolean inRun = false;
        for (int i = from; i < to; i++) {
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
        return mayHaveJargon(s.toCharArray(), 0, s.length());
    }

    /** {@link #mayHaveJargon(String)} of the text {@code s[from, to)}. */
    static boolean mayHaveJargon(char[] s, int from, int to) {
        boolean afterWordChar = false;
        for (int i = from; i + 1 < to; i++) {
            char c = s[i];
            // Every jargon word starts with a letter, so \b cannot come between it and a letter, digit or _ before it.
            if (!afterWordChar && startsJargon(s, to, i)) {
                return true;
            }
            afterWordChar = isAsciiWordChar(c);
        }
        return false;
    }

    /**
     * False only when neither {@link #mayHaveAcronym} nor {@link #mayHaveJargon} is true of any part of
     * {@code s[0, n)}: jargon is looked for at every character, not only where a word may start.
     */
    static boolean mayMatchAnywhere(char[] s, int n) {
        if (mayHaveAcronym(s, 0, n)) {
            return true;
        }
        for (int i = 0; i + 1 < n; i++) {
            if (startsJargon(s, n, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a jargon word, in any ASCII case, starts at {@code s[at]} and ends by {@code s[n]}. */
    private static boolean startsJargon(char[] s, int n, int at) {
        char c = s[at];
        char next = s[at + 1];
        if (c >= 128 || next >= 128) {
            return false;
        }
        // Most words are ruled out by their first two letters, without comparing any jargon.
        char[][] words = JARGON_BY_START[c * 128 + next];
        if (words != null) {
            for (char[] word : words) {
                if (startsWithIgnoringAsciiCase(s, n, at, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The jargon words (all lower-case ASCII) by their first two characters in any ASCII case, at
     * [first * 128 + second]; null where none starts so.
     */
    private static final char[][][] JARGON_BY_START = new char[128 * 128][][];

    static {
        for (String word : JARGON) {
            char first = word.charAt(0);
            char second = word.charAt(1);
            for (char a : caseVariants(first)) {
                for (char b : caseVariants(second)) {
                    char[][] old = JARGON_BY_START[a * 128 + b];
                    char[][] words = old == null ? new char[1][] : java.util.Arrays.copyOf(old, old.length + 1);
                    words[words.length - 1] = word.toCharArray();
                    JARGON_BY_START[a * 128 + b] = words;
                }
            }
        }
    }

    private static char[] caseVariants(char lower) {
        char upper = Character.toUpperCase(lower);
        return upper == lower ? new char[] {lower} : new char[] {lower, upper};
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean startsWithIgnoringAsciiCase(char[] s, int n, int at, char[] lowerWord) {
        if (at + lowerWord.length > n) {
            return false;
        }
        for (int k = 0; k < lowerWord.length; k++) {
            if (lowerAscii(s[at + k]) != lowerWord[k]) {
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
