package org.localoffer.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.localoffer.config.Locality;
import org.localoffer.config.SiteConfig;
import org.localoffer.content.PageType;
import org.localoffer.data.SiteData;
import org.localoffer.data.StatutoryItem;
import org.localoffer.data.Taxonomy;
import org.localoffer.data.Term;

/**
 * What every template can see about the whole site: its settings, its data and every page in
 * this build. Templates call the small look-up methods here to turn ids into names.
 */
public final class SiteModel {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SiteConfig site;
    private final SiteData data;
    private final List<RenderedPage> pages;
    private final boolean preview;
    private final WaitingView waiting;
    private final Map<String, RenderedPage> byUrl = new LinkedHashMap<>();
    /** Filled as templates ask, from several rendering threads at once. */
    private final Map<String, Optional<WaitingView.ServiceWaits>> waitsBySource = new java.util.concurrent.ConcurrentHashMap<>();
    /** The lists every page's layout may ask for, worked out once: asking per page made a bake quadratic. */
    private final List<RenderedPage> services;
    private final List<RenderedPage> guides;
    private final List<RenderedPage> news;
    private volatile List<WaitingView.ServiceWaits> waitingServices;
    private volatile List<ChangeNote> changes;
    private final Map<String, String> urlBySource = new java.util.HashMap<>();

    private final Map<String, LocalDate> lastUpdated;

    public SiteModel(SiteConfig site, SiteData data, List<RenderedPage> pages, boolean preview, WaitingView waiting) {
        this(site, data, pages, preview, waiting, Map.of());
    }

    /** @param lastUpdated when each content file last changed, by editor path (content/services/audiology.md) */
    public SiteModel(SiteConfig site, SiteData data, List<RenderedPage> pages, boolean preview, WaitingView waiting,
                     Map<String, LocalDate> lastUpdated) {
        this.lastUpdated = Map.copyOf(lastUpdated);
        this.site = site;
        this.data = data;
        this.pages = List.copyOf(pages);
        this.preview = preview;
        this.waiting = waiting;
        for (RenderedPage p : pages) {
            byUrl.put(p.page().url(), p);
            urlBySource.put(p.page().sourcePath(), p.page().url());
        }
        services = byTitle(PageType.SERVICE);
        guides = byTitle(PageType.GUIDE);
        news = ofType(PageType.NEWS, Comparator.comparing((RenderedPage p) -> p.page().date()).reversed()
                .thenComparing(p -> p.page().title()));
    }

    public SiteConfig getSite() {
        return site;
    }

    public SiteData getData() {
        return data;
    }

    public boolean isPreview() {
        return preview;
    }

    public List<RenderedPage> getPages() {
        return pages;
    }

    /** Services in title order. */
    public List<RenderedPage> getServices() {
        return services;
    }

    /** Guides in title order. */
    public List<RenderedPage> getGuides() {
        return guides;
    }

    /** News, newest first. */
    public List<RenderedPage> getNews() {
        return news;
    }

    /** When the page's file last changed, from git history or the file's modified time; null if unknown. */
    public LocalDate lastUpdated(org.localoffer.content.Page page) {
        return lastUpdated.get(page.editorPath());
    }

    /**
     * Every dated change, newest first: news pages (their summary is the note) and each entry in a
     * page's {@code changes:} list.
     */
    public List<ChangeNote> getChanges() {
        List<ChangeNote> known = changes;
        if (known == null) {
            known = changesNewestFirst();
            changes = known;
        }
        return known;
    }

    private List<ChangeNote> changesNewestFirst() {
        String base = site.baseUrlWithoutSlash();
        List<ChangeNote> out = new java.util.ArrayList<>();
        for (RenderedPage rendered : pages) {
            org.localoffer.content.Page p = rendered.page();
            if (p.type() == PageType.NEWS && p.date() != null) {
                out.add(new ChangeNote(p.date(), p.title(), p.summary(), p.url(), p.categories(), base + p.url()));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (org.localoffer.content.Change c : p.changes()) {
                String id = base + p.url() + "#change-" + c.date();
                for (int n = 2; !ids.add(id); n++) {
                    id = base + p.url() + "#change-" + c.date() + "-" + n;
                }
                out.add(new ChangeNote(c.date(), p.title(), c.note(), p.url(), p.categories(), id));
            }
        }
        out.sort(Comparator.comparing(ChangeNote::date).reversed().thenComparing(ChangeNote::title)
                .thenComparing(ChangeNote::id));
        return List.copyOf(out);
    }

    /** The Atom feeds of changes: the whole site first, then one per category. */
    public List<AtomFeeds.Feed> getFeeds() {
        return AtomFeeds.plan(this);
    }

    /** Waiting times for a service page, or null when it has none. */
    public WaitingView.ServiceWaits waits(org.localoffer.content.Page page) {
        return waitsBySource.computeIfAbsent(page.sourcePath(), k -> waiting.forPage(page)).orElse(null);
    }

    /** Every service with waiting-time figures, in title order. */
    public List<WaitingView.ServiceWaits> getWaitingServices() {
        List<WaitingView.ServiceWaits> known = waitingServices;
        if (known == null) {
            known = getServices().stream().map(p -> waits(p.page())).filter(java.util.Objects::nonNull).toList();
            waitingServices = known;
        }
        return known;
    }

    /** EHC plan timeliness, or null when there are no figures. */
    public WaitingView.EhcView getEhc() {
        return waiting.ehc().orElse(null);
    }

    /** Services with one availability status. */
    public record AvailabilityGroup(org.localoffer.content.Availability availability, List<RenderedPage> services) {
    }

    /** Services by availability, in the order open, waiting list, paused, closed. */
    public List<AvailabilityGroup> getByAvailability() {
        List<AvailabilityGroup> out = new java.util.ArrayList<>();
        for (org.localoffer.content.Availability a : List.of(org.localoffer.content.Availability.OPEN,
                org.localoffer.content.Availability.WAITING_LIST, org.localoffer.content.Availability.PAUSED,
                org.localoffer.content.Availability.CLOSED)) {
            List<RenderedPage> matching = getServices().stream().filter(p -> p.page().availability() == a).toList();
            if (!matching.isEmpty()) {
                out.add(new AvailabilityGroup(a, matching));
            }
        }
        return out;
    }

    public Optional<RenderedPage> page(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /** "Related services" by source path, set once in the prepare stage by {@link #withRelated}. */
    private Map<String, List<RenderedPage>> related = Map.of();

    /** Sets each page's "Related services" (found by search.RelatedServices) before any template runs. */
    public SiteModel withRelated(Map<String, List<RenderedPage>> bySourcePath) {
        this.related = Map.copyOf(bySourcePath);
        return this;
    }

    /**
     * This model with one page's text replaced, for a preview edit that kept the page's front matter:
     * lists, related services and dates stay as they were; the page's preview panel is replaced.
     */
    public SiteModel withPageReplaced(RenderedPage replacement, PageFeedback pageFeedback) {
        String source = replacement.page().sourcePath();
        List<RenderedPage> changed = pages.stream()
                .map(p -> p.page().sourcePath().equals(source) ? replacement : p).toList();
        SiteModel next = new SiteModel(site, data, changed, preview, waiting, lastUpdated);
        next.related = related;
        Map<String, PageFeedback> panels = new java.util.HashMap<>(feedback);
        if (pageFeedback != null) {
            panels.put(source, pageFeedback);
        }
        next.feedback = Map.copyOf(panels);
        return next;
    }

    /** Check findings and reading age per source path, for the preview panel; empty in a production build. */
    private Map<String, PageFeedback> feedback = Map.of();

    /** Sets each page's preview feedback before any template runs. */
    public SiteModel withFeedback(Map<String, PageFeedback> bySourcePath) {
        this.feedback = Map.copyOf(bySourcePath);
        return this;
    }

    /** The preview panel's content for a page, or null outside preview. */
    public PageFeedback feedback(org.localoffer.content.Page page) {
        return feedback.get(page.sourcePath());
    }

    /** Services like this page, most alike first; empty when there are none. */
    public List<RenderedPage> related(org.localoffer.content.Page page) {
        return related.getOrDefault(page.sourcePath(), List.of());
    }

    /** The URL of a content file (path under content/), or null when it is not in this build. */
    public String urlOf(String sourcePath) {
        return urlBySource.get(sourcePath);
    }

    public String categoryName(String id) {
        return name(data.taxonomy().categories(), id);
    }

    public String needName(String id) {
        return name(data.taxonomy().needs(), id);
    }

    public String referralName(String id) {
        return name(data.taxonomy().referrals(), id);
    }

    public String audienceName(String id) {
        return name(data.taxonomy().audiences(), id);
    }

    /**
     * The page's schema.org JSON-LD (org.localoffer.oruk.ServiceJsonLd), escaped so that it is safe inside a
     * script element: write it with ?no_esc.
     */
    public String jsonLd(org.localoffer.content.Page page) {
        return new org.localoffer.oruk.ServiceJsonLd(site, data).write(page);
    }

    public String areaName(String id) {
        return site.locality(id).map(Locality::name).orElse(id);
    }

    public String statutoryTitle(String id) {
        return data.statutory().stream().filter(s -> s.id().equals(id)).findFirst().map(StatutoryItem::title).orElse(id);
    }

    /** "1 September 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** "2026-09-01", for datetime attributes. */
    public String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** "Occupational therapy" becomes "occupational therapy"; "ADHD assessment" stays as it is. */
    public String lowerFirst(String text) {
        return WaitingView.lowerFirst(text);
    }

    /** "October 2026". */
    public String monthText(java.time.YearMonth month) {
        return WaitingView.monthText(month);
    }

    /** "9 weeks", "1 week": whole weeks, as parents say them. */
    public String weeks(double weeks) {
        return WaitingView.weeks(weeks);
    }

    /** "A and B" or "A, B and C". */
    public String listText(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    public String areasText(List<String> ids) {
        if (ids.size() == site.localities().size() && ids.size() > 1) {
            return "All of " + site.areaName();
        }
        return listText(ids.stream().map(this::areaName).toList());
    }

    /** A title's sort key, made once for each page rather than twice at every comparison of the sort. */
    private record Titled(String key, RenderedPage page) {
    }

    /** The pages of {@code type} by title, ignoring case: the same order as sorting them by lower-cased title. */
    private List<RenderedPage> byTitle(PageType type) {
        return pages.stream().filter(p -> p.page().type() == type)
                .map(p -> new Titled(p.page().title().toLowerCase(Locale.UK), p))
                .sorted(Comparator.comparing(Titled::key)).map(Titled::page).toList();
    }

    private List<RenderedPage> ofType(PageType type, Comparator<RenderedPage> order) {
        return pages.stream().filter(p -> p.page().type() == type).sorted(order).toList();
    }

    private static String name(List<Term> terms, String id) {
        return Taxonomy.find(terms, id).map(Term::name).orElse(id);
    }
}
