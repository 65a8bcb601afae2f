package org.localoffer.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.localoffer.problem.Problems;
import org.localoffer.yaml.YamlDocument;
import org.localoffer.yaml.YamlMapping;

/** Reads taxonomy.yml, glossary.yml and statutory.yml from content/data/, reporting every problem. */
public final class SiteDataReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ACRONYM = Pattern.compile("[A-Za-z0-9]{2,10}");

    public Optional<SiteData> read(Path siteRoot, Problems problems) {
        int before = problems.errorCount();
        Taxonomy taxonomy = readTaxonomy(siteRoot, problems);
        Glossary glossary = readGlossary(siteRoot, problems);
        List<StatutoryItem> statutory = readStatutory(siteRoot, problems);
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new SiteData(taxonomy, glossary, statutory));
    }

    Taxonomy readTaxonomy(Path siteRoot, Problems problems) {
        String path = Taxonomy.FILE;
        Optional<YamlMapping> yaml = readText(siteRoot, path, problems)
                .flatMap(t -> YamlDocument.parseMapping(path, t, 1, problems, "categories, needs, age_groups, referrals and audiences"));
        if (yaml.isEmpty()) {
            return new Taxonomy(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        YamlMapping y = yaml.get();
        y.allowOnly(List.of("categories", "needs", "age_groups", "referrals", "audiences"), path);
        y.requireAll(List.of("categories", "needs", "age_groups", "referrals", "audiences"), path);
        List<AgeGroup> ages = new ArrayList<>();
        for (YamlMapping m : y.mappingList("age_groups")) {
            m.allowOnly(List.of("id", "name", "from", "to"), "an age group");
            m.requireAll(List.of("id", "name", "from", "to"), "this age group");
            int from = m.integer("from").orElse(0);
            int to = m.integer("to").orElse(25);
            if (from > to) {
                problems.error(path, m.lineOf("from"), "this age group starts after it ends. Make 'from' no more than 'to'.");
            }
            ages.add(new AgeGroup(checkedId(m, path, problems), m.text("name").orElse(""), from, to));
        }
        return new Taxonomy(terms(y, "categories", path, problems), terms(y, "needs", path, problems), ages,
                terms(y, "referrals", path, problems), terms(y, "audiences", path, problems));
    }

    private List<Term> terms(YamlMapping y, String key, String path, Problems problems) {
        List<Term> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMapping m : y.mappingList(key)) {
            m.allowOnly(List.of("id", "name", "description"), "an entry of " + key);
            m.requireAll(List.of("id", "name"), "this entry of " + key);
            String id = checkedId(m, path, problems);
            if (!id.isEmpty() && !seen.add(id)) {
                problems.error(path, m.lineOf("id"), "the id '" + id + "' is used twice in " + key + ". Give each entry its own id.");
            }
            out.add(new Term(id, m.text("name").orElse(id), m.text("description").orElse("")));
        }
        return out;
    }

    private String checkedId(YamlMapping m, String path, Problems problems) {
        String id = m.text("id").orElse("");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            problems.error(path, m.lineOf("id"), "the id '" + id
                    + "' must be lower-case letters, digits and hyphens. Write it like early-years.");
        }
        return id;
    }

    Glossary readGlossary(Path siteRoot, Problems problems) {
        String path = Glossary.FILE;
        List<GlossaryEntry> entries = new ArrayList<>();
        Set<String> acronyms = new HashSet<>();
        readText(siteRoot, path, problems)
                .flatMap(t -> YamlDocument.parseSequence(path, t, 1, problems, "the glossary"))
                .ifPresent(seq -> {
                    for (YamlMapping m : YamlMapping.sequenceOfMappings(path, seq, 1, problems, "the glossary")) {
                        m.allowOnly(List.of("term", "acronym", "also", "definition"), "a glossary entry");
                        m.requireAll(List.of("term", "definition"), "this glossary entry");
                        String acronym = m.text("acronym").orElse(null);
                        if (acronym != null && !ACRONYM.matcher(acronym).matches()) {
                            problems.error(path, m.lineOf("acronym"), "the acronym '" + acronym
                                    + "' must be 2 to 10 letters or digits with no spaces. Write it like EHCP.");
                        } else if (acronym != null && !acronyms.add(acronym)) {
                            problems.error(path, m.lineOf("acronym"), "the acronym '" + acronym
                                    + "' has two entries. Merge them into one entry.");
                        }
                        entries.add(new GlossaryEntry(m.text("term").orElse(""), acronym, m.textList("also"),
                                m.text("definition").orElse(""), m.line()));
                    }
                });
        return new Glossary(entries);
    }

    List<StatutoryItem> readStatutory(Path siteRoot, Problems problems) {
        String path = StatutoryItem.FILE;
        List<StatutoryItem> out = new ArrayList<>();
        readText(siteRoot, path, problems)
                .flatMap(t -> YamlDocument.parseMapping(path, t, 1, problems, "items"))
                .ifPresent(y -> {
                    y.allowOnly(List.of("items"), path);
                    Set<String> seen = new HashSet<>();
                    for (YamlMapping m : y.mappingList("items")) {
                        m.allowOnly(List.of("id", "reference", "title"), "a statutory item");
                        m.requireAll(List.of("id", "reference", "title"), "this statutory item");
                        String id = checkedId(m, path, problems);
                        if (!id.isEmpty() && !seen.add(id)) {
                            problems.error(path, m.lineOf("id"), "the id '" + id + "' is used twice. Give each item its own id.");
                        }
                        out.add(new StatutoryItem(id, m.text("reference").orElse(""), m.text("title").orElse("")));
                    }
                });
        return out;
    }

    private Optional<String> readText(Path siteRoot, String path, Problems problems) {
        Path file = siteRoot.resolve(path);
        if (!Files.isRegularFile(file)) {
            problems.error(path, 0, "this file is missing. Create it; the README section 'Data files' shows what goes in it.");
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.error(path, 0, "this file cannot be read (" + e.getMessage() + "). Check that it is a UTF-8 text file.");
            return Optional.empty();
        }
    }
}
