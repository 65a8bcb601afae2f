package org.localoffer.config;

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

/** Reads and checks site.yml. Every problem is reported with its line; nothing is guessed. */
public final class SiteConfigReader {

    private static final List<String> KEYS = List.of("area_name", "council_name", "site_title", "base_url",
            "language", "demonstration", "output", "localities", "contact", "brand", "figures_stale_after_months",
            "reading_age", "review_grace_days");
    private static final List<String> REQUIRED = List.of("area_name", "council_name", "site_title", "base_url",
            "localities", "contact");
    private static final List<String> CONTACT_KEYS = List.of("phone", "email", "hours", "address");
    private static final List<String> LOCALITY_KEYS = List.of("id", "name", "description");
    private static final List<String> BRAND_KEYS = List.of("primary", "link");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    private static final Brand DEFAULT_BRAND = new Brand("#1d4f91", "#1a4f8b");

    public Optional<SiteConfig> read(Path siteRoot, Problems problems) {
        Path file = siteRoot.resolve(SiteConfig.FILE_NAME);
        String path = SiteConfig.FILE_NAME;
        if (!Files.isRegularFile(file)) {
            problems.error(path, 0, "there is no site.yml in " + siteRoot.toAbsolutePath().normalize()
                    + ". Run the command from the site folder, or give it with --source DIR.");
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(path, 0, "site.yml cannot be read (" + e.getMessage() + "). Check that it is a UTF-8 text file.");
            return Optional.empty();
        }
        return read(path, text, problems);
    }

    public Optional<SiteConfig> read(String path, String text, Problems problems) {
        int before = problems.errorCount();
        Optional<YamlMapping> parsed = YamlDocument.parseMapping(path, text, 1, problems, "the site settings");
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping yaml = parsed.get();
        yaml.allowOnly(KEYS, "site.yml");
        yaml.requireAll(REQUIRED, "site.yml");

        String baseUrl = yaml.text("base_url").orElse("");
        if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            problems.error(path, yaml.lineOf("base_url"), "base_url '" + baseUrl
                    + "' is not a web address. Write the address the site will be published at, like https://localoffer.example.org.");
        }
        String language = yaml.text("language").orElse("en-GB");
        if (!LANGUAGE.matcher(language).matches()) {
            problems.error(path, yaml.lineOf("language"), "language '" + language
                    + "' is not a language code. Write a code such as en-GB.");
        }
        String output = yaml.text("output").orElse("output");
        if (output.isBlank() || output.contains("..") || Path.of(output).isAbsolute()) {
            problems.error(path, yaml.lineOf("output"), "output '" + output
                    + "' must be a folder name inside the site folder, like output. Use --output for other places.");
        }
        List<Locality> localities = readLocalities(yaml, path, problems);
        SiteContact contact = yaml.mapping("contact").map(c -> {
            c.allowOnly(CONTACT_KEYS, "contact");
            if (!c.has("phone") && !c.has("email")) {
                problems.error(path, c.line(), "contact needs a phone number or an email address. Add 'phone:' or 'email:'.");
            }
            return new SiteContact(c.text("phone").orElse(null), c.text("email").orElse(null),
                    c.text("hours").orElse(null), c.text("address").orElse(null));
        }).orElse(null);
        Brand brand = yaml.mapping("brand").map(b -> readBrand(b, path, problems)).orElse(DEFAULT_BRAND);
        boolean demonstration = yaml.bool("demonstration").orElse(false);
        int stale = yaml.integer("figures_stale_after_months").orElse(3);
        if (stale < 1) {
            problems.error(path, yaml.lineOf("figures_stale_after_months"), "figures_stale_after_months must be 1 or more. "
                    + "Write how many months old figures can be before pages warn that they are out of date, like 3.");
        }
        java.util.Map<String, Integer> readingAge = yaml.mapping("reading_age")
                .map(r -> readReadingAge(r, path, problems)).orElse(java.util.Map.of());
        int graceDays = yaml.integer("review_grace_days").orElse(SiteConfig.DEFAULT_REVIEW_GRACE_DAYS);
        if (graceDays < 0) {
            problems.error(path, yaml.lineOf("review_grace_days"), "review_grace_days must be 0 or more. Write how many "
                    + "days a page can be past its review_by date before check reports an error, like 90.");
        }

        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(yaml.text("area_name").orElseThrow(), yaml.text("council_name").orElseThrow(),
                yaml.text("site_title").orElseThrow(), baseUrl, language, demonstration, output,
                List.copyOf(localities), contact, brand, stale, readingAge, graceDays));
    }

    private java.util.Map<String, Integer> readReadingAge(YamlMapping r, String path, Problems problems) {
        r.allowOnly(SiteConfig.READING_AGE_KINDS, "reading_age");
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (String kind : SiteConfig.READING_AGE_KINDS) {
            r.integer(kind).ifPresent(age -> {
                if (age < 6 || age > 25) {
                    problems.error(path, r.lineOf(kind), "reading_age " + kind + " must be an age from 6 to 25, not " + age
                            + ". Write the highest reading age pages of that kind should need, like 12.");
                }
                out.put(kind, age);
            });
        }
        return java.util.Map.copyOf(out);
    }

    private List<Locality> readLocalities(YamlMapping yaml, String path, Problems problems) {
        List<Locality> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMapping l : yaml.mappingList("localities")) {
            l.allowOnly(LOCALITY_KEYS, "a locality");
            l.requireAll(List.of("id", "name"), "this locality");
            String id = l.text("id").orElse("");
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                problems.error(path, l.lineOf("id"), "locality id '" + id
                        + "' must be lower-case letters, digits and hyphens. Write it like north or south-east.");
            } else if (!id.isEmpty() && !seen.add(id)) {
                problems.error(path, l.lineOf("id"), "locality id '" + id + "' is used twice. Give each locality its own id.");
            }
            out.add(new Locality(id, l.text("name").orElse(id), l.text("description").orElse("")));
        }
        if (yaml.has("localities") && out.isEmpty()) {
            problems.error(path, yaml.lineOf("localities"), "localities is empty. List at least one locality with an id and a name.");
        }
        return out;
    }

    private Brand readBrand(YamlMapping b, String path, Problems problems) {
        b.allowOnly(BRAND_KEYS, "brand");
        String primary = b.text("primary").orElse(DEFAULT_BRAND.primary());
        String link = b.text("link").orElse(DEFAULT_BRAND.link());
        checkColour("primary", primary, "white text on it", b, path, problems);
        checkColour("link", link, "it as text on white", b, path, problems);
        return new Brand(primary, link);
    }

    private void checkColour(String key, String value, String use, YamlMapping b, String path, Problems problems) {
        if (!HEX.matcher(value).matches()) {
            problems.error(path, b.lineOf(key), "brand " + key + " '" + value
                    + "' is not a colour. Write it as # and six hex digits, like \"#1d4f91\", in quotes.");
            return;
        }
        double ratio = ColourContrast.ratio(value, "#ffffff");
        if (ratio < 4.5) {
            problems.error(path, b.lineOf(key), String.format(
                    "brand %s %s is too light: %s has a contrast of %.1f:1 and WCAG AA needs 4.5:1. Choose a darker colour.",
                    key, value, use, ratio));
        }
    }
}
