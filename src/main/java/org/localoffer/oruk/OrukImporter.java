package org.localoffer.oruk;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.localoffer.config.SiteConfig;
import org.localoffer.config.SiteConfigReader;
import org.localoffer.content.FrontMatter;
import org.localoffer.content.Page;
import org.localoffer.content.PageReader;
import org.localoffer.data.SiteData;
import org.localoffer.data.SiteDataReader;
import org.localoffer.problem.Problems;

/**
 * {@code localoffer import oruk FILE.json}: turns an Open Referral UK services document into service pages,
 * content/services/&lt;slug&gt;.md, one per service. Everything is read and checked first; if anything is
 * wrong, nothing is written. An existing page is left alone unless {@code update} is set, and then only its
 * front matter changes: the editor's text below it is kept, and so are keys ORUK cannot carry.
 */
public final class OrukImporter {

    public static final String SERVICES_FOLDER = "services";

    /** What happened to one page. */
    public enum Outcome { CREATED, UPDATED, SKIPPED }

    /** One page the import writes or leaves alone, with the report lines for it. */
    public record PlannedPage(String path, Outcome outcome, String text, List<String> notes) {
    }

    /** The whole import: the pages, and the records that were not imported and why. */
    public record Result(List<PlannedPage> pages, List<String> notImported) {

        public long count(Outcome outcome) {
            return pages.stream().filter(p -> p.outcome() == outcome).count();
        }

        /** The report printed after an import: per page what was mapped, defaulted and dropped, then a summary. */
        public String report() {
            StringBuilder out = new StringBuilder();
            for (PlannedPage p : pages) {
                out.append(p.path()).append(": ").append(switch (p.outcome()) {
                    case CREATED -> "created";
                    case UPDATED -> "updated (the page text below the front matter was kept)";
                    case SKIPPED -> "already exists, not changed. Use --update to replace its front matter and keep its text";
                }).append(".\n");
                p.notes().forEach(n -> out.append("  ").append(n).append('\n'));
            }
            notImported.forEach(n -> out.append(n).append('\n'));
            out.append("Imported ").append(pages.size() - count(Outcome.SKIPPED)).append(" of ")
                    .append(pages.size() + notImported.size()).append(" services: ").append(count(Outcome.CREATED))
                    .append(" created, ").append(count(Outcome.UPDATED)).append(" updated, ")
                    .append(count(Outcome.SKIPPED)).append(" left as they were, ").append(notImported.size())
                    .append(" not imported.\n");
            return out.toString();
        }
    }

    private final LocalDate today;

    public OrukImporter(LocalDate today) {
        this.today = today;
    }

    /**
     * Reads, checks and plans the import; writes only when there are no errors.
     *
     * @param label the file as the user typed it, for messages
     * @return the result, or empty when problems holds errors and nothing was written
     */
    public Optional<Result> run(Path source, Path file, String label, boolean update, Problems problems) throws IOException {
        SiteConfig site = new SiteConfigReader().read(source, problems).orElse(null);
        SiteData data = new SiteDataReader().read(source, problems).orElse(null);
        if (site == null || data == null) {
            return Optional.empty();
        }
        Optional<List<JsonNode>> records = records(file, label, problems);
        if (records.isEmpty()) {
            return Optional.empty();
        }
        ServiceRecordReader reader = new ServiceRecordReader(site, data, today, label);
        Map<String, Integer> ids = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < records.get().size(); i++) {
            JsonNode s = records.get().get(i);
            int n = i + 1;
            if (!s.isObject()) {
                problems.error(label, 0, "record " + n + " is not a service object. Each item in 'contents' must be "
                        + "a service, { \"id\": ..., \"name\": ... }.");
                labels.add(null);
                continue;
            }
            String name = ServiceRecordReader.text(s, "name").orElse(null);
            Optional<String> id = ServiceRecordReader.text(s, "id");
            String what = "service '" + (name != null ? name : id.orElse("?")) + "' (record " + n + ")";
            labels.add(what);
            if (id.isEmpty()) {
                problems.error(label, 0, what + ": it has no id. Every Open Referral service must have an id; export "
                        + "the file again from the directory, or add the id.");
            } else if (ids.containsKey(id.get())) {
                problems.error(label, 0, what + ": the id '" + id.get() + "' is also the id of record " + ids.get(id.get())
                        + ". Each service needs its own id; remove the duplicate or correct the id.");
            } else {
                ids.put(id.get(), n);
            }
            reader.check(s, what, problems);
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }

        List<ImportedService> services = new ArrayList<>();
        List<String> notImported = new ArrayList<>();
        for (int i = 0; i < records.get().size(); i++) {
            reader.read(records.get().get(i), i + 1, labels.get(i), notImported).ifPresent(services::add);
        }
        List<PlannedPage> pages = plan(source, services, update);

        // Every page must pass the site's own reader before anything is written.
        PageReader pageReader = new PageReader(site, data);
        for (PlannedPage p : pages) {
            if (p.outcome() == Outcome.SKIPPED) {
                continue;
            }
            Problems own = new Problems();
            pageReader.read(p.path().substring(Page.CONTENT_FOLDER.length() + 1), p.text(), own);
            own.sorted().stream().filter(org.localoffer.problem.Problem::isError).forEach(e -> problems.error(label, 0,
                    "the page for " + p.path() + " would not pass the site's check: " + e.format()
                            + " Correct the record, or report this if the record looks right."));
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        for (PlannedPage p : pages) {
            if (p.outcome() != Outcome.SKIPPED) {
                Path target = source.resolve(p.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, p.text(), StandardCharsets.UTF_8);
            }
        }
        return Optional.of(new Result(pages, notImported));
    }

    /** The service records in the file: a page of services ({"contents": [...]}), one service, or a list. */
    private static Optional<List<JsonNode>> records(Path file, String label, Problems problems) throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.error(label, 0, "there is no such file. Check the name and folder of the JSON file.");
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = OrukTrees.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.error(label, at == null ? 0 : Math.max(0, at.getLineNr()), "this is not valid JSON: "
                    + e.getOriginalMessage().split("\n")[0] + ". Export the services again from the directory's Open "
                    + "Referral API (GET /services), and do not edit the file by hand.");
            return Optional.empty();
        } catch (java.nio.charset.MalformedInputException e) {
            problems.error(label, 0, "this is not UTF-8 text, so it cannot be Open Referral JSON. Export the services "
                    + "again from the directory's Open Referral API.");
            return Optional.empty();
        }
        List<JsonNode> out = new ArrayList<>();
        if (root != null && root.isObject() && root.has("contents") && root.get("contents").isArray()) {
            root.get("contents").forEach(out::add);
        } else if (root != null && root.isArray()) {
            root.forEach(out::add);
        } else if (root != null && root.isObject() && (root.has("id") || root.has("name"))) {
            out.add(root);
        } else {
            problems.error(label, 0, "this is not an Open Referral services document. Give a page of services "
                    + "({\"contents\": [...]}, as GET /services returns), one service (GET /services/{id}), or a list "
                    + "of services.");
            return Optional.empty();
        }
        if (out.isEmpty()) {
            problems.error(label, 0, "the file lists no services, so there is nothing to import. Check that the export "
                    + "is the right one.");
            return Optional.empty();
        }
        return Optional.of(out);
    }

    private List<PlannedPage> plan(Path source, List<ImportedService> services, boolean update) throws IOException {
        List<PlannedPage> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (ImportedService s : services) {
            String slug = s.slug();
            List<String> notes = new ArrayList<>(s.notes());
            for (int n = 2; taken.contains(slug); n++) {
                slug = s.slug() + "-" + n;
            }
            if (!slug.equals(s.slug())) {
                notes.add(0, "named " + slug + ".md, because an earlier record in this file is also called "
                        + s.slug() + ".");
            }
            taken.add(slug);
            String path = Page.CONTENT_FOLDER + "/" + SERVICES_FOLDER + "/" + slug + ".md";
            notes.add(0, "from " + s.label() + ".");
            Path target = source.resolve(path);
            if (!Files.exists(target)) {
                out.add(new PlannedPage(path, Outcome.CREATED, PageText.page(s.frontMatter(), s.body()), notes));
            } else if (!update) {
                out.add(new PlannedPage(path, Outcome.SKIPPED, null, List.of("from " + s.label() + ".")));
            } else {
                out.add(new PlannedPage(path, Outcome.UPDATED, merge(path, Files.readString(target, StandardCharsets.UTF_8),
                        s, notes), notes));
            }
        }
        return out;
    }

    /**
     * The existing page with the imported front matter: values from the record replace the page's, the page's
     * own values win over import defaults, keys ORUK cannot carry are kept, and so is the body.
     */
    private static String merge(String path, String existing, ImportedService s, List<String> notes) {
        Problems ignored = new Problems();
        Optional<FrontMatter> fm = FrontMatter.split(path, existing, ignored);
        if (fm.isEmpty()) {
            notes.add("replaced: the whole file, because its front matter could not be read.");
            return PageText.page(s.frontMatter(), s.body());
        }
        Map<String, String> old = PageText.blocks(fm.get().yaml());
        Map<String, String> merged = new LinkedHashMap<>();
        boolean stillGuessing = false;
        for (Map.Entry<String, String> e : s.frontMatter().entrySet()) {
            String key = e.getKey();
            if (key.equals("status")) {
                continue;
            }
            if (s.defaulted().contains(key) && old.containsKey(key)) {
                merged.put(key, old.get(key));
                notes.add("kept: the page's own " + key + ", because the record has none.");
            } else {
                merged.put(key, e.getValue());
                stillGuessing |= s.defaulted().contains(key) && ImportedService.NEED_A_PERSON.contains(key);
            }
        }
        List<String> kept = new ArrayList<>();
        old.forEach((key, block) -> {
            if (!merged.containsKey(key) && !key.equals("status")) {
                merged.put(key, block);
                if (!key.isEmpty()) {
                    kept.add(key);
                }
            }
        });
        if (!kept.isEmpty()) {
            notes.add("kept: " + String.join(", ", kept) + ", which Open Referral does not carry.");
        }
        String status = stillGuessing ? "status: draft" : old.getOrDefault("status", s.frontMatter().get("status"));
        merged.put("status", status);
        return "---\n" + String.join("\n", merged.values()) + "\n---\n" + fm.get().body()
                + (fm.get().body().endsWith("\n") || fm.get().body().isEmpty() ? "" : "\n");
    }
}
