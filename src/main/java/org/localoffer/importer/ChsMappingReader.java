package org.localoffer.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localoffer.problem.Problems;
import org.localoffer.problem.Suggestions;
import org.localoffer.yaml.YamlDocument;
import org.localoffer.yaml.YamlMapping;

/**
 * Reads and checks content/data/nhs-chs-mapping.yml. Every problem is reported at its line:
 * unknown keys, missing values, an area that is not a locality, a service that no page shows,
 * and a provider or NHS service line listed twice.
 */
public final class ChsMappingReader {

    public static final String DEFAULT_FILE = "content/data/nhs-chs-mapping.yml";

    private static final List<String> TOP_KEYS = List.of("providers", "services");
    private static final List<String> PROVIDER_KEYS = List.of("org", "area");
    private static final List<String> SERVICE_KEYS = List.of("nhs", "service");

    private final Collection<String> services;
    private final Collection<String> areas;

    /**
     * @param services the waiting_times keys of the site's service pages
     * @param areas    the locality ids in site.yml
     */
    public ChsMappingReader(Collection<String> services, Collection<String> areas) {
        this.services = services;
        this.areas = areas;
    }

    public Optional<ChsMapping> read(Path file, String path, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.error(path, 0, "the mapping file does not exist. Create it to say which NHS providers and service lines "
                    + "feed which of your areas and services, like content/data/nhs-chs-mapping.yml in the demonstration site, "
                    + "or name it with --mapping FILE.");
            return Optional.empty();
        }
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), path, problems);
        } catch (IOException | UncheckedIOException e) {
            problems.error(path, 0, "this file cannot be read (" + e.getMessage() + "). Check that it is UTF-8 text.");
            return Optional.empty();
        }
    }

    public Optional<ChsMapping> read(String text, String path, Problems problems) {
        int before = problems.errorCount();
        Optional<YamlMapping> root = YamlDocument.parseMapping(path, text, 1, problems,
                "'providers:' and 'services:' lists");
        if (root.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping top = root.get();
        top.allowOnly(TOP_KEYS, "the NHS CHS mapping");
        top.requireAll(TOP_KEYS, "the NHS CHS mapping");

        List<ChsMapping.Provider> providers = new ArrayList<>();
        Map<String, Integer> seenOrgs = new HashMap<>();
        List<YamlMapping> providerEntries = top.mappingList("providers");
        if (top.has("providers") && providerEntries.isEmpty()) {
            problems.error(path, top.lineOf("providers"), "'providers' has no entries. Add one '- org: ...' entry, with its "
                    + "'area:', for each NHS provider whose figures you want.");
        }
        for (YamlMapping entry : providerEntries) {
            entry.allowOnly(PROVIDER_KEYS, "a provider entry");
            entry.requireAll(PROVIDER_KEYS, "this provider entry");
            Optional<String> org = entry.text("org").map(String::strip);
            Optional<String> area = entry.text("area").map(String::strip);
            boolean ok = org.isPresent() && area.isPresent();
            if (area.isPresent() && !areas.contains(area.get())) {
                ok = false;
                problems.error(path, entry.lineOf("area"), "'" + area.get() + "' is not a locality."
                        + Suggestions.didYouMean(area.get(), areas)
                        + " Use one of the locality ids in site.yml: " + String.join(", ", areas) + ".");
            }
            if (org.isPresent()) {
                Integer first = seenOrgs.putIfAbsent(ChsText.normalise(org.get()), entry.lineOf("org"));
                if (first != null) {
                    ok = false;
                    problems.error(path, entry.lineOf("org"), "the provider '" + org.get() + "' is listed twice (first on line "
                            + first + "). List each provider once, with the one area it serves.");
                }
            }
            if (ok) {
                providers.add(new ChsMapping.Provider(org.get(), area.get(), entry.lineOf("org")));
            }
        }

        List<ChsMapping.Service> mapped = new ArrayList<>();
        Map<String, Integer> seenLines = new HashMap<>();
        List<YamlMapping> serviceEntries = top.mappingList("services");
        if (top.has("services") && serviceEntries.isEmpty()) {
            problems.error(path, top.lineOf("services"), "'services' has no entries. Add one '- nhs: ...' entry, with its "
                    + "'service:', for each NHS service line you want.");
        }
        for (YamlMapping entry : serviceEntries) {
            entry.allowOnly(SERVICE_KEYS, "a service entry");
            entry.requireAll(SERVICE_KEYS, "this service entry");
            Optional<String> nhs = entry.text("nhs").map(String::strip);
            Optional<String> service = entry.text("service").map(String::strip);
            boolean ok = nhs.isPresent() && service.isPresent();
            if (service.isPresent() && !services.contains(service.get())) {
                ok = false;
                problems.error(path, entry.lineOf("service"), "no service page has 'waiting_times: " + service.get() + "'."
                        + Suggestions.didYouMean(service.get(), services)
                        + " Use the waiting_times key of a service page"
                        + (services.isEmpty() ? "." : ": " + String.join(", ", services.stream().sorted().toList()) + "."));
            }
            if (nhs.isPresent()) {
                Integer first = seenLines.putIfAbsent(ChsText.normalise(nhs.get()), entry.lineOf("nhs"));
                if (first != null) {
                    ok = false;
                    problems.error(path, entry.lineOf("nhs"), "the NHS service line '" + nhs.get() + "' is listed twice (first on line "
                            + first + "). List each NHS service line once, with the one service it feeds.");
                }
            }
            if (ok) {
                mapped.add(new ChsMapping.Service(nhs.get(), service.get(), entry.lineOf("nhs")));
            }
        }
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new ChsMapping(providers, mapped));
    }
}
