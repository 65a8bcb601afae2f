package org.localoffer.check;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
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
    private static final Pattern ACRONYM = Pattern.compile("(?<![.\\w])([A-Z][A-Z0-9&]*[A-Z])(s?)\\b(?![.][A-Za-z])");
    private static final Pattern JARGON_WORD;

    static {
        JARGON_WORD = Pattern.compile("(?i)\\b(" + String.join("|", JARGON.stream().map(Pattern::quote).toList()) + ")\\b");
    }

    @Override
    public void check(PageText text, CheckContext context, Problems problems) {
        Glossary glossary = context.data().glossary();
        Set<String> known = known(glossary);
        Set<String> reported = new HashSet<>();
        for (Node node : text.nodes()) {
            if (!(node instanceof Text) || node.getAncestorOfType(Code.class) != null) {
                continue;
            }
            String words = node.getChars().toString();
            int start = node.getStartOffset();
            Matcher m = ACRONYM.matcher(words);
            while (m.find()) {
                String acronym = m.group(1);
                if (EVERYDAY.contains(acronym) || known.contains(acronym.toLowerCase(Locale.UK)) || !reported.add(acronym)) {
                    continue;
                }
                int at = start + m.start();
                problems.warning(text.path(), text.lineAt(at), text.columnAt(at), "'" + acronym
                        + "' is an abbreviation that is not in the glossary. Write it out in full, or add it to "
                        + Glossary.FILE + " with its meaning.");
            }
            Matcher j = JARGON_WORD.matcher(words);
            while (j.find()) {
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
