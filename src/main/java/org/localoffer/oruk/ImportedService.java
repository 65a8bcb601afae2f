package org.localoffer.oruk;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Open Referral service turned into a service page, before it is written: its front matter as YAML
 * lines by key (in the order a page lists them), its body, and what the import did and why.
 *
 * @param record     1-based position in the input, for messages
 * @param label      "service 'Speech and language therapy' (record 3)", for messages
 * @param slug       the file name the page would have, without .md
 * @param frontMatter each key's YAML, such as {@code title: Speech and language therapy}
 * @param defaulted  keys whose values are not in the record but are needed by a page
 * @param body       Markdown made from what the record says beyond the summary
 * @param notes      report lines: what was mapped, made up as a default, or dropped, and why
 */
public record ImportedService(int record, String label, String slug, Map<String, String> frontMatter,
                              Set<String> defaulted, String body, List<String> notes) {

    /** Keys whose default makes the page a draft, because the default is a guess an editor must check. */
    public static final Set<String> NEED_A_PERSON = Set.of("summary", "categories", "needs", "ages", "areas",
            "provider", "referral", "contact");

    public ImportedService {
        frontMatter = new LinkedHashMap<>(frontMatter);
        defaulted = new LinkedHashSet<>(defaulted);
        notes = List.copyOf(notes);
    }
}
