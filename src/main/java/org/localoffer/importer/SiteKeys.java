package org.localoffer.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.localoffer.problem.Problems;
import org.localoffer.yaml.YamlDocument;
import org.localoffer.yaml.YamlMapping;

/**
 * The names an import may use: the locality ids in site.yml and the {@code waiting_times} keys of
 * the service pages. Only these are read; checking the rest of the site is the job of
 * {@code localoffer check}, so problems elsewhere in site.yml or the pages are not reported here.
 *
 * @param areas    locality ids, in site.yml order
 * @param services waiting_times keys of pages in content/, sorted
 */
public record SiteKeys(Set<String> areas, Set<String> services) {

    public static final String SITE_FILE = "site.yml";

    public SiteKeys {
        areas = Collections.unmodifiableSet(new LinkedHashSet<>(areas));
        services = Collections.unmodifiableSet(new TreeSet<>(services));
    }

    public static SiteKeys read(Path siteRoot, Problems problems) {
        Path siteFile = siteRoot.resolve(SITE_FILE);
        if (!Files.isRegularFile(siteFile)) {
            problems.error(SITE_FILE, 0, "there is no site.yml in " + siteRoot.toAbsolutePath().normalize()
                    + ". Run the command in the site folder, or name the site folder with --source DIR.");
            return new SiteKeys(Set.of(), Set.of());
        }
        Set<String> areas = new LinkedHashSet<>();
        int line = 0;
        try {
            Problems ignored = new Problems();
            var site = YamlDocument.parseMapping(SITE_FILE, Files.readString(siteFile, StandardCharsets.UTF_8), 1, ignored, "the site settings");
            if (site.isPresent()) {
                line = site.get().lineOf("localities");
                for (YamlMapping locality : site.get().mappingList("localities")) {
                    locality.text("id").map(String::strip).filter(s -> !s.isEmpty()).ifPresent(areas::add);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.error(SITE_FILE, 0, "this file cannot be read (" + e.getMessage() + "). Check that it is UTF-8 text.");
            return new SiteKeys(Set.of(), Set.of());
        }
        if (areas.isEmpty()) {
            problems.error(SITE_FILE, line, "site.yml has no localities, so the areas in the mapping cannot be checked. "
                    + "Run 'localoffer check' and fix site.yml first; each locality needs an 'id'.");
        }
        return new SiteKeys(areas, serviceKeys(siteRoot.resolve("content")));
    }

    private static Set<String> serviceKeys(Path content) {
        Set<String> keys = new TreeSet<>();
        if (!Files.isDirectory(content)) {
            return keys;
        }
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).forEach(pages::add);
        } catch (IOException | UncheckedIOException e) {
            return keys;
        }
        for (Path page : pages) {
            String text;
            try {
                text = Files.readString(page, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                continue; // 'localoffer check' reports unreadable pages
            }
            frontMatter(text).flatMap(fm -> YamlDocument.parseMapping("page", fm, 2, new Problems(), "front matter"))
                    .flatMap(m -> m.text("waiting_times")).map(String::strip).filter(s -> !s.isEmpty()).ifPresent(keys::add);
        }
        return keys;
    }

    private static java.util.Optional<String> frontMatter(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = t.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return java.util.Optional.empty();
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return java.util.Optional.of(String.join("\n", lines.subList(1, i)));
            }
        }
        return java.util.Optional.empty();
    }
}
