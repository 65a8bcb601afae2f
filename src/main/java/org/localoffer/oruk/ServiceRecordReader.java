package org.localoffer.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.localoffer.config.Locality;
import org.localoffer.config.SiteConfig;
import org.localoffer.content.AgeRange;
import org.localoffer.content.Availability;
import org.localoffer.data.SiteData;
import org.localoffer.data.Term;
import org.localoffer.problem.Problems;

/**
 * Turns one Open Referral service record into a service page's front matter and body, saying for every
 * field what it became, what it was dropped for, and which required page fields had to get a default.
 * Defaults are never facts: a guess (categories, needs, who can refer...) makes the page a draft.
 */
final class ServiceRecordReader {

    static final List<String> STATUSES = List.of("active", "inactive", "defunct", "temporarily closed");
    static final String NOT_GIVEN = "Not given in the Open Referral record. Check with the service.";
    static final String ASK_COST = "Ask the service about any cost.";
    static final String ASK_HOURS = "Ask the service when it is open.";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEB = Pattern.compile("https?://\\S+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Top-level fields this reader uses; any other field with a value is reported as dropped. */
    private static final Set<String> USED = Set.of("id", "name", "description", "url", "email", "status", "minimum_age",
            "maximum_age", "assured_date", "last_modified", "alert", "schedules", "service_areas", "service_at_locations",
            "organization", "organization_id", "cost_options", "fees", "contacts", "phones", "attributes",
            "eligibility_description", "application_process");

    private final SiteConfig site;
    private final SiteData data;
    private final LocalDate today;
    private final String file;

    ServiceRecordReader(SiteConfig site, SiteData data, LocalDate today, String file) {
        this.site = site;
        this.data = data;
        this.today = today;
        this.file = file;
    }

    /** Checks the things that make a record unusable; each is an error naming the record. */
    boolean check(JsonNode s, String label, Problems problems) {
        int before = problems.errorCount();
        if (!text(s, "name").isPresent()) {
            error(problems, label, "it has no name. Every Open Referral service must have a name; fix the record in "
                    + "the directory it came from, or remove it from the file.");
        }
        Optional<String> status = text(s, "status");
        if (status.isEmpty()) {
            error(problems, label, "it has no status. Give it one of " + String.join(", ", STATUSES) + ".");
        } else if (!STATUSES.contains(status.get())) {
            error(problems, label, "status '" + status.get() + "' is not one of " + String.join(", ", STATUSES)
                    + ". Use one of those words.");
        }
        for (String age : List.of("minimum_age", "maximum_age")) {
            if (present(s, age) && !s.get(age).isNumber()) {
                error(problems, label, age + " '" + s.get(age).asText() + "' is not a number. Write the age in years, "
                        + "like 16.");
            }
        }
        for (String list : List.of("schedules", "service_areas", "service_at_locations", "cost_options", "contacts",
                "phones", "attributes")) {
            if (present(s, list) && !s.get(list).isArray()) {
                error(problems, label, "'" + list + "' is not a list. Write it as a JSON array, [ ... ], as the "
                        + "Open Referral schema says.");
            }
        }
        if (present(s, "organization") && !s.get("organization").isObject()) {
            error(problems, label, "'organization' is not an object. Write it as { \"id\": ..., \"name\": ... }.");
        }
        if (problems.errorCount() == before) {
            for (JsonNode a : s.path("attributes")) {
                JsonNode term = a.path("taxonomy_term");
                Optional<OrukVocabulary> ours = OrukVocabulary.byTaxonomyName(term.path("taxonomy").asText(""),
                        site.siteTitle());
                if (ours.isEmpty()) {
                    continue;
                }
                String code = term.path("term").asText("");
                if (ours.get().terms(data).stream().noneMatch(t -> t.id().equals(code))) {
                    error(problems, label, ours.get().singular() + " '" + code + "' in the taxonomy '"
                            + term.path("taxonomy").asText() + "' is not in " + where(ours.get()) + ". Add it to "
                            + where(ours.get()) + ", or correct the term in the record.");
                }
            }
        }
        return problems.errorCount() == before;
    }

    private static String where(OrukVocabulary v) {
        return v == OrukVocabulary.AVAILABILITY ? "the availability words (" + String.join(", ", Availability.ids()) + ")"
                : org.localoffer.data.Taxonomy.FILE;
    }

    private void error(Problems problems, String label, String message) {
        problems.error(file, 0, label + ": " + message);
    }

    /** The page for a checked record; empty (with a note) when the record is not for the Local Offer. */
    Optional<ImportedService> read(JsonNode s, int record, String label, List<String> skipped) {
        List<String> notes = new ArrayList<>();
        Map<String, String> fm = new LinkedHashMap<>();
        Set<String> defaulted = new LinkedHashSet<>();
        String status = s.get("status").asText();
        if (status.equals("defunct")) {
            skipped.add(label + ": not imported, because its status is defunct: the service no longer runs.");
            return Optional.empty();
        }
        String name = text(s, "name").orElseThrow().strip();
        fm.put("title", "title: " + PageText.scalar(name));
        fm.put("type", "type: service");

        List<String> paragraphs = paragraphs(text(s, "description").orElse(""));
        if (paragraphs.isEmpty()) {
            fm.put("summary", "summary: " + PageText.scalar(NOT_GIVEN));
            defaulted.add("summary");
            notes.add("default: summary, because the record has no description.");
        } else {
            fm.put("summary", "summary: " + PageText.scalar(paragraphs.get(0)));
            notes.add("mapped: description to summary" + (paragraphs.size() > 1 ? " (first paragraph) and the page text." : "."));
        }

        Map<OrukVocabulary, List<String>> terms = terms(s, notes);
        for (OrukVocabulary v : List.of(OrukVocabulary.CATEGORIES, OrukVocabulary.NEEDS)) {
            List<String> ids = terms.get(v);
            if (ids.isEmpty()) {
                String first = v.terms(data).get(0).id();
                String fallback = v == OrukVocabulary.NEEDS && v.terms(data).stream().anyMatch(t -> t.id().equals("any"))
                        ? "any" : first;
                ids = List.of(fallback);
                defaulted.add(v.key());
                notes.add("default: " + v.key() + ": [" + fallback + "], because no taxonomy term in the record matches "
                        + org.localoffer.data.Taxonomy.FILE + ". Choose the right " + v.key() + ".");
            }
            fm.put(v.key(), v.key() + ": [" + String.join(", ", ids) + "]");
        }

        AgeRange ages = ages(s, notes, defaulted, label, skipped);
        if (ages == null) {
            return Optional.empty();
        }
        fm.put("ages", "ages: {from: " + ages.from() + ", to: " + ages.to() + "}");
        fm.put("areas", "areas: [" + String.join(", ", areas(s, notes, defaulted)) + "]");

        Optional<String> provider = text(s.path("organization"), "name");
        if (provider.isPresent()) {
            fm.put("provider", "provider: " + PageText.scalar(provider.get().strip()));
            notes.add("mapped: organization.name to provider.");
        } else {
            fm.put("provider", "provider: " + PageText.scalar(NOT_GIVEN));
            defaulted.add("provider");
            notes.add("default: provider, because the record names no organization.");
        }

        List<String> referral = terms.get(OrukVocabulary.REFERRAL);
        if (referral.isEmpty()) {
            referral = List.of(OrukVocabulary.REFERRAL.terms(data).get(0).id());
            defaulted.add("referral");
            notes.add("default: referral: [" + referral.get(0) + "], because Open Referral UK has no field for who "
                    + "can ask for a service. Say who can.");
        }
        fm.put("referral", "referral: [" + String.join(", ", referral) + "]");
        fm.put("cost", "cost: " + PageText.scalar(cost(s, notes, defaulted)));
        fm.put("contact", "contact: " + contact(s, notes, defaulted));
        fm.put("opening", "opening: " + opening(s, notes, defaulted));
        fm.put("availability", "availability: " + availability(s, status, terms.get(OrukVocabulary.AVAILABILITY), notes));

        LocalDate reviewed = reviewed(s, notes, defaulted);
        fm.put("last_reviewed", "last_reviewed: " + reviewed);
        fm.put("review_by", "review_by: " + reviewed.plusMonths(6));
        boolean draft = defaulted.stream().anyMatch(ImportedService.NEED_A_PERSON::contains);
        fm.put("status", "status: " + (draft ? "draft" : "published"));
        if (draft) {
            notes.add("default: status: draft, because some values above are guesses. Check them, then set status: "
                    + "published.");
        }

        StringBuilder body = new StringBuilder();
        paragraphs.stream().skip(1).forEach(p -> body.append(p).append("\n\n"));
        section(body, "Who it is for", s, "eligibility_description", notes);
        section(body, "How to get it", s, "application_process", notes);
        s.fieldNames().forEachRemaining(f -> {
            if (!USED.contains(f) && present(s, f) && !(s.get(f).isArray() && s.get(f).isEmpty())) {
                notes.add("dropped: " + f + ", because a service page has no place for it.");
            }
        });
        return Optional.of(new ImportedService(record, label, ServiceRecordWriter.slug(name), fm, defaulted,
                body.toString().strip(), notes));
    }

    private void section(StringBuilder body, String heading, JsonNode s, String field, List<String> notes) {
        text(s, field).ifPresent(t -> {
            body.append("## ").append(heading).append("\n\n").append(String.join("\n\n", paragraphs(t))).append("\n\n");
            notes.add("mapped: " + field + " to the section '" + heading + "'.");
        });
    }

    private Map<OrukVocabulary, List<String>> terms(JsonNode s, List<String> notes) {
        Map<OrukVocabulary, List<String>> out = new LinkedHashMap<>();
        for (OrukVocabulary v : OrukVocabulary.values()) {
            out.put(v, new ArrayList<>());
        }
        for (JsonNode a : s.path("attributes")) {
            JsonNode term = a.path("taxonomy_term");
            String taxonomy = term.path("taxonomy").asText("");
            Optional<OrukVocabulary> ours = OrukVocabulary.byTaxonomyName(taxonomy, site.siteTitle());
            if (ours.isPresent()) {
                add(out.get(ours.get()), term.path("term").asText());
                continue;
            }
            String termName = term.path("name").asText("").strip();
            boolean matched = false;
            for (OrukVocabulary v : List.of(OrukVocabulary.CATEGORIES, OrukVocabulary.NEEDS)) {
                for (Term t : v.terms(data)) {
                    if (!termName.isEmpty() && (t.name().equalsIgnoreCase(termName) || t.id().equalsIgnoreCase(termName))) {
                        add(out.get(v), t.id());
                        notes.add("mapped: the term '" + termName + "'" + (taxonomy.isEmpty() ? "" : " from '" + taxonomy + "'")
                                + " to " + v.key() + " " + t.id() + ", by its name.");
                        matched = true;
                    }
                }
            }
            if (!matched) {
                notes.add("dropped: the term '" + (termName.isEmpty() ? term.path("id").asText("?") : termName) + "'"
                        + (taxonomy.isEmpty() ? "" : " from '" + taxonomy + "'") + ", because no category or need in "
                        + org.localoffer.data.Taxonomy.FILE + " has that name.");
            }
        }
        out.forEach((v, ids) -> {
            if (!ids.isEmpty() && v != OrukVocabulary.AVAILABILITY) {
                notes.add("mapped: " + v.key() + ": [" + String.join(", ", ids) + "].");
            }
        });
        return out;
    }

    private static void add(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    private AgeRange ages(JsonNode s, List<String> notes, Set<String> defaulted, String label, List<String> skipped) {
        boolean hasMin = present(s, "minimum_age");
        boolean hasMax = present(s, "maximum_age");
        int from = hasMin ? (int) Math.floor(s.get("minimum_age").asDouble()) : 0;
        int to = hasMax ? (int) Math.ceil(s.get("maximum_age").asDouble()) : AgeRange.OLDEST;
        if (from > AgeRange.OLDEST) {
            skipped.add(label + ": not imported, because it is for ages " + from + " and over, and a Local Offer is for "
                    + "ages 0 to " + AgeRange.OLDEST + ".");
            return null;
        }
        if (!hasMin || !hasMax) {
            defaulted.add("ages");
            notes.add("default: ages " + (hasMin ? "" : "from 0 ") + (hasMin || hasMax ? "" : "and ")
                    + (hasMax ? "" : "to " + AgeRange.OLDEST + " ") + "(the whole Local Offer range), because the record "
                    + "has no " + (hasMin ? "maximum_age" : hasMax ? "minimum_age" : "minimum_age or maximum_age") + ".");
        }
        if (from < 0) {
            notes.add("changed: minimum_age " + from + " to 0.");
            from = 0;
        }
        if (to > AgeRange.OLDEST) {
            notes.add("changed: maximum_age " + to + " to " + AgeRange.OLDEST + ", the oldest age a Local Offer covers.");
            to = AgeRange.OLDEST;
        }
        if (to < from) {
            notes.add("changed: maximum_age " + to + " is below minimum_age " + from + "; ages run from " + from + " to "
                    + from + ". Check them.");
            to = from;
            defaulted.add("ages");
        }
        if (hasMin && hasMax) {
            notes.add("mapped: minimum_age and maximum_age to ages.");
        }
        return new AgeRange(from, to);
    }

    private List<String> areas(JsonNode s, List<String> notes, Set<String> defaulted) {
        List<String> ids = new ArrayList<>();
        for (JsonNode a : s.path("service_areas")) {
            String areaName = a.path("name").asText("").strip();
            Optional<Locality> match = site.localities().stream().filter(l -> l.name().equalsIgnoreCase(areaName)
                    || l.id().equalsIgnoreCase(areaName)).findFirst();
            if (match.isPresent()) {
                add(ids, match.get().id());
            } else {
                notes.add("dropped: the service area '" + areaName + "', because it is not one of the localities in "
                        + "site.yml (" + String.join(", ", site.localities().stream().map(Locality::name).toList()) + ").");
            }
        }
        if (ids.isEmpty()) {
            ids = site.localityIds();
            defaulted.add("areas");
            notes.add("default: areas: every locality, because no service area in the record matches a locality in site.yml.");
        } else {
            notes.add("mapped: service_areas to areas: [" + String.join(", ", ids) + "].");
        }
        return ids;
    }

    private String cost(JsonNode s, List<String> notes, Set<String> defaulted) {
        List<String> parts = new ArrayList<>();
        for (JsonNode c : s.path("cost_options")) {
            Optional<String> description = text(c, "amount_description");
            Optional<String> option = text(c, "option");
            String amount = !present(c, "amount") ? null : c.get("amount").asDouble() == 0 ? "Free"
                    : "£" + new java.math.BigDecimal(c.get("amount").asText()).stripTrailingZeros().toPlainString();
            if (description.isPresent()) {
                parts.add(description.get().strip());
            } else {
                String text = String.join(" ", java.util.stream.Stream.of(option.orElse(null), amount)
                        .filter(java.util.Objects::nonNull).toList()).strip();
                if (!text.isEmpty()) {
                    parts.add(text);
                }
            }
        }
        if (parts.isEmpty() && text(s, "fees").isPresent()) {
            notes.add("mapped: fees to cost.");
            return text(s, "fees").get().strip();
        }
        if (parts.isEmpty()) {
            defaulted.add("cost");
            notes.add("default: cost: \"" + ASK_COST + "\", because the record has no cost_options or fees.");
            return ASK_COST;
        }
        notes.add("mapped: cost_options to cost.");
        return String.join("; ", parts);
    }

    private String contact(JsonNode s, List<String> notes, Set<String> defaulted) {
        String phone = null;
        for (JsonNode c : s.path("contacts")) {
            for (JsonNode p : c.path("phones")) {
                phone = phone != null ? phone : text(p, "number").orElse(null);
            }
        }
        for (JsonNode p : s.path("phones")) {
            phone = phone != null ? phone : text(p, "number").orElse(null);
        }
        String email = text(s, "email").map(String::strip).orElse(null);
        if (email != null && !EMAIL.matcher(email).matches()) {
            notes.add("dropped: email '" + email + "', because it is not an email address.");
            email = null;
        }
        String website = text(s, "url").map(String::strip).orElse(null);
        if (website != null && !WEB.matcher(website).matches()) {
            notes.add("dropped: url '" + website + "', because it is not a web address starting https://.");
            website = null;
        }
        String address = null;
        for (JsonNode sal : s.path("service_at_locations")) {
            JsonNode loc = sal.path("location");
            for (JsonNode ad : loc.path("addresses")) {
                if (address == null && text(ad, "address_1").isPresent()) {
                    address = String.join(", ", java.util.stream.Stream.of(text(ad, "address_1").orElse(null),
                                    text(ad, "address_2").orElse(null))
                            .filter(java.util.Objects::nonNull).toList())
                            + text(ad, "city").map(c -> ", " + c).orElse("")
                            + text(ad, "postal_code").map(pc -> " " + pc).orElse("");
                }
            }
            if (address == null && text(loc, "description").isPresent() && "physical".equals(loc.path("location_type").asText())) {
                address = text(loc, "description").get().strip();
            }
        }
        List<String> parts = new ArrayList<>();
        if (phone != null) {
            parts.add("phone: " + PageText.quoted(phone.strip()));
        }
        if (email != null) {
            parts.add("email: " + PageText.quoted(email));
        }
        if (website != null) {
            parts.add("website: " + PageText.quoted(website));
        }
        if (address != null) {
            parts.add("address: " + PageText.quoted(address));
        }
        if (parts.isEmpty()) {
            defaulted.add("contact");
            notes.add("default: contact, because the record has no phone, email, url or address.");
            return "{address: " + PageText.quoted(NOT_GIVEN) + "}";
        }
        notes.add("mapped: " + String.join(", ", parts.stream().map(p -> p.substring(0, p.indexOf(':'))).toList())
                + " to contact.");
        return "{" + String.join(", ", parts) + "}";
    }

    private String opening(JsonNode s, List<String> notes, Set<String> defaulted) {
        List<String> hours = new ArrayList<>();
        boolean termTime = false;
        String cover = null;
        for (JsonNode sc : s.path("schedules")) {
            Optional<String> d = text(sc, "description");
            if (d.isPresent()) {
                hours.add(d.get().strip());
            } else if (text(sc, "byday").isPresent() && text(sc, "opens_at").isPresent() && text(sc, "closes_at").isPresent()) {
                hours.add(sc.get("byday").asText() + ", " + sc.get("opens_at").asText() + " to " + sc.get("closes_at").asText());
            }
            String rest = text(sc, "notes").orElse("").strip();
            if (rest.startsWith(ServiceRecordWriter.TERM_TIME_ONLY)) {
                termTime = true;
                rest = rest.substring(ServiceRecordWriter.TERM_TIME_ONLY.length()).strip();
            }
            if (rest.startsWith(ServiceRecordWriter.HOLIDAYS)) {
                cover = rest.substring(ServiceRecordWriter.HOLIDAYS.length()).strip();
            } else if (!rest.isEmpty()) {
                notes.add("dropped: the schedule note '" + rest + "', because opening hours have no place for notes. "
                        + "Add it to the page text if it matters.");
            }
        }
        if (hours.isEmpty()) {
            defaulted.add("opening");
            notes.add("default: opening hours: \"" + ASK_HOURS + "\", because the record has no schedule.");
            hours.add(ASK_HOURS);
        } else {
            notes.add("mapped: schedules to opening.");
        }
        return "{hours: " + PageText.quoted(String.join(". ", hours)) + ", term_time_only: " + termTime
                + (cover == null ? "" : ", holiday_cover: " + PageText.quoted(cover)) + "}";
    }

    private String availability(JsonNode s, String status, List<String> ours, List<String> notes) {
        if (!ours.isEmpty()) {
            notes.add("mapped: availability " + ours.get(0) + ".");
            return ours.get(0);
        }
        Availability a = switch (status) {
            case "temporarily closed" -> Availability.PAUSED;
            case "inactive" -> Availability.CLOSED;
            default -> Availability.OPEN;
        };
        notes.add("mapped: status '" + status + "' to availability " + a.id() + ".");
        return a.id();
    }

    private LocalDate reviewed(JsonNode s, List<String> notes, Set<String> defaulted) {
        for (String field : List.of("assured_date", "last_modified")) {
            Optional<String> t = text(s, field);
            if (t.isPresent() && t.get().length() >= 10 && DATE.matcher(t.get().substring(0, 10)).matches()) {
                try {
                    LocalDate d = LocalDate.parse(t.get().substring(0, 10));
                    notes.add("mapped: " + field + " to last_reviewed; review_by is 6 months later.");
                    return d;
                } catch (DateTimeParseException e) {
                    notes.add("dropped: " + field + " '" + t.get() + "', because it is not a real date.");
                }
            }
        }
        defaulted.add("last_reviewed");
        notes.add("default: last_reviewed: " + today + " (the day of the import), because the record has no "
                + "assured_date or last_modified. Review the page.");
        return today;
    }

    /** Text as paragraphs: HTML is turned into plain text first (ORUK descriptions may hold HTML). */
    static List<String> paragraphs(String text) {
        String plain = text;
        if (text.contains("<") && text.contains(">")) {
            Document d = Jsoup.parseBodyFragment(text);
            d.outputSettings().prettyPrint(false);
            d.select("br").after("\\n");
            d.select("p, li, div, h1, h2, h3, h4, h5, h6").before("\\n\\n");
            plain = Jsoup.clean(d.body().html(), "", Safelist.none(), d.outputSettings()).replace("\\n", "\n");
            plain = org.jsoup.parser.Parser.unescapeEntities(plain, false);
        }
        List<String> out = new ArrayList<>();
        for (String p : plain.split("\\n\\s*\\n")) {
            String one = p.strip().replaceAll("[ \\t]+", " ");
            if (!one.isEmpty()) {
                out.add(one);
            }
        }
        return out;
    }

    static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
    }

    static boolean present(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && !v.isNull();
    }
}
