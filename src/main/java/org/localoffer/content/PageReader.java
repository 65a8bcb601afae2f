package org.localoffer.content;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.localoffer.config.SiteConfig;
import org.localoffer.data.SiteData;
import org.localoffer.data.Taxonomy;
import org.localoffer.problem.Problems;
import org.localoffer.problem.Suggestions;
import org.localoffer.yaml.YamlDocument;
import org.localoffer.yaml.YamlMapping;

/** Reads one content file into a {@link Page}, checking its front matter against the schema and the data. */
public final class PageReader {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEB = Pattern.compile("https?://\\S+");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    // The known values of each list, worked out once for every page this reader reads.
    private final List<String> categoryIds;
    private final List<String> needIds;
    private final List<String> localityIds;
    private final List<String> referralIds;
    private final List<String> audienceIds;
    private final List<String> statutoryIds;

    public PageReader(SiteConfig site, SiteData data) {
        Taxonomy tx = data.taxonomy();
        this.categoryIds = Taxonomy.ids(tx.categories());
        this.needIds = Taxonomy.ids(tx.needs());
        this.localityIds = site.localityIds();
        this.referralIds = Taxonomy.ids(tx.referrals());
        this.audienceIds = Taxonomy.ids(tx.audiences());
        this.statutoryIds = data.statutoryIds();
    }

    /**
     * @param sourcePath path under content/, e.g. services/audiology.md
     * @param text       the whole file
     */
    public Optional<Page> read(String sourcePath, String text, Problems problems) {
        String path = Page.CONTENT_FOLDER + "/" + sourcePath;
        int before = problems.errorCount();
        Optional<FrontMatter> split = FrontMatter.split(path, text, problems);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        Optional<YamlMapping> parsed = YamlDocument.parseMapping(path, fm.yaml(), fm.yamlStartLine(), problems,
                "'title:' and 'type:' lines");
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping y = parsed.get();
        Optional<PageType> type = readType(y, path, problems);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        PageType t = type.get();
        String what = "the front matter of a " + t.id() + " page";
        y.allowOnly(FrontMatterSchema.allowed(t), what);
        y.requireAll(FrontMatterSchema.required(t), what);

        List<String> categories = ids(y, "categories", categoryIds, path, problems);
        List<String> needs = ids(y, "needs", needIds, path, problems);
        List<String> areas = ids(y, "areas", localityIds, path, problems);
        List<String> referral = ids(y, "referral", referralIds, path, problems);
        List<String> audience = ids(y, "audience", audienceIds, path, problems);
        List<String> statutory = ids(y, "statutory", statutoryIds, path, problems);
        AgeRange ages = y.mapping("ages").map(m -> readAges(m, path, problems)).orElse(null);
        ContactDetails contact = y.mapping("contact").map(m -> readContact(m, path, problems)).orElse(null);
        Opening opening = y.mapping("opening").map(m -> readOpening(m, path, problems)).orElse(null);
        Availability availability = y.text("availability").flatMap(a -> {
            Optional<Availability> found = Availability.fromId(a);
            if (found.isEmpty()) {
                problems.error(path, y.lineOf("availability"), "availability '" + a + "' is not one of "
                        + String.join(", ", Availability.ids()) + "." + Suggestions.didYouMean(a, Availability.ids())
                        + " Use one of those words.");
            }
            return found;
        }).orElse(null);
        String waitingTimes = y.text("waiting_times").orElse(null);
        if (waitingTimes != null && !SLUG.matcher(waitingTimes).matches()) {
            problems.error(path, y.lineOf("waiting_times"), "waiting_times '" + waitingTimes
                    + "' must be a key made of lower-case letters, digits and hyphens, like speech-and-language-therapy.");
        }
        int target = y.integer("waiting_target_weeks").orElse(Page.DEFAULT_WAITING_TARGET_WEEKS);
        if (target < 1 || target > 104) {
            problems.error(path, y.lineOf("waiting_target_weeks"), "waiting_target_weeks must be between 1 and 104, not "
                    + target + ". Write the number of weeks the service aims to see children within, like 18.");
        }
        List<String> figures = ids(y, "figures", Page.FIGURES, path, problems);
        LocalDate lastReviewed = y.date("last_reviewed").orElse(null);
        LocalDate reviewBy = y.date("review_by").orElse(null);
        if (lastReviewed != null && reviewBy != null && reviewBy.isBefore(lastReviewed)) {
            problems.error(path, y.lineOf("review_by"), "review_by (" + reviewBy + ") is before last_reviewed ("
                    + lastReviewed + "). Set review_by to the date the page should next be checked.");
        }
        LocalDate date = y.date("date").orElse(null);
        boolean draft = readStatus(y, path, problems);
        List<Change> changes = readChanges(y, path, problems);

        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        Map<String, Integer> lines = new HashMap<>();
        for (String key : y.keys()) {
            lines.put(key, y.lineOf(key));
        }
        return Optional.of(new Page(sourcePath, Page.urlFor(sourcePath), t, y.text("title").orElse(""),
                y.text("summary").orElse(""), categories, needs, ages, areas, y.text("provider").orElse(null), referral,
                y.text("cost").orElse(null), contact, opening, availability, waitingTimes, target, figures, audience,
                y.textList("co_produced_with"), lastReviewed, reviewBy, date, statutory, draft, fm.body(),
                fm.bodyStartLine(), Map.copyOf(lines), changes));
    }

    private Optional<PageType> readType(YamlMapping y, String path, Problems problems) {
        Optional<String> type = y.text("type");
        if (type.isEmpty()) {
            problems.error(path, y.line(), "the page has no type. Add a line 'type: ' with one of "
                    + String.join(", ", PageType.ids()) + ".");
            return Optional.empty();
        }
        Optional<PageType> found = PageType.fromId(type.get());
        if (found.isEmpty()) {
            problems.error(path, y.lineOf("type"), "type '" + type.get() + "' is not a page type."
                    + Suggestions.didYouMean(type.get(), PageType.ids()) + " Use one of " + String.join(", ", PageType.ids()) + ".");
        }
        return found;
    }

    private List<Change> readChanges(YamlMapping y, String path, Problems problems) {
        List<Change> out = new java.util.ArrayList<>();
        for (YamlMapping c : y.mappingList("changes")) {
            c.allowOnly(Change.KEYS, "a change");
            c.requireAll(Change.KEYS, "this change");
            LocalDate date = c.date("date").orElse(null);
            String note = c.text("note").orElse("").strip();
            if (c.has("note") && note.isEmpty()) {
                problems.error(path, c.lineOf("note"), "the change note is empty. Say in a sentence what changed, "
                        + "like note: \"Applications for September now open.\"");
            }
            if (date != null && !note.isEmpty()) {
                out.add(new Change(date, note, c.line()));
            }
        }
        return List.copyOf(out);
    }

    private boolean readStatus(YamlMapping y, String path, Problems problems) {
        String status = y.text("status").orElse("published");
        if (status.equals("draft")) {
            return true;
        }
        if (!status.equals("published")) {
            problems.error(path, y.lineOf("status"), "status '" + status + "' is not published or draft."
                    + Suggestions.didYouMean(status, List.of("published", "draft")) + " Write published or draft.");
        }
        return false;
    }

    private List<String> ids(YamlMapping y, String key, List<String> known, String path, Problems problems) {
        List<String> values = y.textList(key);
        for (String v : values) {
            if (!known.contains(v)) {
                problems.error(path, y.lineOf(key), "'" + v + "' is not a known value for " + key + "."
                        + Suggestions.didYouMean(v, known) + " Use one of: " + String.join(", ", known)
                        + (key.equals("areas") ? " (localities in site.yml)." : " (see " + dataFileFor(key) + ")."));
            }
        }
        if (y.has(key) && values.isEmpty()) {
            problems.error(path, y.lineOf(key), "'" + key + "' is empty. List at least one value or remove the line.");
        }
        return List.copyOf(values);
    }

    private static String dataFileFor(String key) {
        return switch (key) {
            case "statutory" -> "content/data/statutory.yml";
            case "figures" -> "the README";
            default -> "content/data/taxonomy.yml";
        };
    }

    private AgeRange readAges(YamlMapping m, String path, Problems problems) {
        m.allowOnly(FrontMatterSchema.AGES_KEYS, "ages");
        m.requireAll(FrontMatterSchema.AGES_KEYS, "ages");
        int from = m.integer("from").orElse(0);
        int to = m.integer("to").orElse(AgeRange.OLDEST);
        if (from < 0 || to > AgeRange.OLDEST || from > to) {
            problems.error(path, m.line(), "ages must run from 0 up to " + AgeRange.OLDEST
                    + ", with 'from' no more than 'to'; this says " + from + " to " + to + ". Correct the numbers.");
        }
        return new AgeRange(from, to);
    }

    private ContactDetails readContact(YamlMapping m, String path, Problems problems) {
        m.allowOnly(FrontMatterSchema.CONTACT_KEYS, "contact");
        String email = m.text("email").orElse(null);
        String website = m.text("website").orElse(null);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.error(path, m.lineOf("email"), "'" + email + "' is not an email address. Write it like team@example.org.");
        }
        if (website != null && !WEB.matcher(website).matches()) {
            problems.error(path, m.lineOf("website"), "'" + website
                    + "' is not a web address. Write the full address, starting https://.");
        }
        ContactDetails c = new ContactDetails(m.text("phone").orElse(null), email, website, m.text("address").orElse(null));
        if (c.phone() == null && c.email() == null && c.website() == null && c.address() == null) {
            problems.error(path, m.line(), "contact has no details. Add at least one of phone, email, website or address.");
        }
        return c;
    }

    private Opening readOpening(YamlMapping m, String path, Problems problems) {
        m.allowOnly(FrontMatterSchema.OPENING_KEYS, "opening");
        m.requireAll(List.of("hours"), "opening");
        return new Opening(m.text("hours").orElse(""), m.bool("term_time_only").orElse(false),
                m.text("holiday_cover").orElse(null));
    }
}
