package org.localoffer.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.localoffer.config.Locality;
import org.localoffer.data.AgeGroup;
import org.localoffer.data.Term;

/**
 * Plans the pages the site makes itself. Browse pages are plain static lists, one per
 * category, need, age group and area, so finding a service needs no JavaScript.
 */
public final class GeneratedPages {

    public static final String SERVICES = "/services/";
    public static final Crumb HOME = new Crumb("Home", "/");
    public static final Crumb SERVICES_CRUMB = new Crumb("Find services", SERVICES);

    private GeneratedPages() {
    }

    public static List<GeneratedPage> plan(SiteModel model) {
        List<GeneratedPage> out = new ArrayList<>();
        List<RenderedPage> services = model.getServices();

        List<Facet> facets = new ArrayList<>();
        facets.add(facet("category", "Type of support", model.getData().taxonomy().categories(), services,
                (t) -> p -> p.page().categories().contains(t.id())));
        facets.add(facet("need", "Need or condition", model.getData().taxonomy().needs(), services,
                (t) -> p -> p.page().needs().contains(t.id()) || p.page().needs().contains("any")));
        List<Term> ageTerms = model.getData().taxonomy().ageGroups().stream()
                .map(a -> new Term(a.id(), a.name(), "")).toList();
        facets.add(facet("age", "Age", ageTerms, services, (t) -> {
            // Looked up once for the term, not once for every service.
            AgeGroup g = model.getData().taxonomy().ageGroups().stream().filter(a -> a.id().equals(t.id())).findFirst().orElseThrow();
            return p -> p.page().ages() != null && g.overlaps(p.page().ages().from(), p.page().ages().to());
        }));
        List<Term> areaTerms = model.getSite().localities().stream()
                .map((Locality l) -> new Term(l.id(), l.name(), l.description())).toList();
        facets.add(facet("area", "Where you live", areaTerms, services, (t) -> p -> p.page().areas().contains(t.id())));

        out.add(new GeneratedPage(SERVICES, "directory", "Find services and support",
                "Browse every service in the " + model.getSite().areaName() + " Local Offer by type of support, need, age or where you live.",
                List.of(HOME), Map.of("facets", facets, "services", services)));
        for (Facet facet : facets) {
            for (FacetValue value : facet.values()) {
                out.add(new GeneratedPage(value.url(), "browse", value.title(), value.description(),
                        List.of(HOME, SERVICES_CRUMB), Map.of("facet", facet, "value", value, "services", value.services())));
            }
        }
        out.add(new GeneratedPage(SERVICES + "a-z/", "a-z", "Services from A to Z",
                "Every service in the Local Offer in alphabetical order.",
                List.of(HOME, SERVICES_CRUMB), Map.of("letters", byLetter(services))));
        out.add(new GeneratedPage("/guides/", "guides", "Guides",
                "Step-by-step guides to assessments, plans, reviews and getting help while you wait.",
                List.of(HOME), Map.of("guides", model.getGuides())));
        out.add(new GeneratedPage("/glossary/", "glossary", "Glossary: words and abbreviations explained",
                "What the words, abbreviations and acronyms used about special educational needs mean.",
                List.of(HOME), Map.of("letters", model.getData().glossary().byLetter())));
        out.add(new GeneratedPage("/whats-changed/", "whats-changed", "What's changed",
                "Changes to services and support in the Local Offer, newest first.",
                List.of(HOME), Map.of("news", model.getNews(), "changes", model.getChanges(), "feeds", model.getFeeds())));
        List<WaitingView.ServiceWaits> waits = model.getWaitingServices();
        if (!waits.isEmpty()) {
            out.add(new GeneratedPage("/waiting-times/", "waiting-times", "Waiting times",
                    "How long children and young people wait for health services in " + model.getSite().areaName()
                            + ", area by area.", List.of(HOME), Map.of("services", waits)));
            Crumb waitsCrumb = new Crumb("Waiting times", "/waiting-times/");
            for (WaitingView.ServiceWaits w : waits) {
                out.add(new GeneratedPage(w.url(), "waiting-history", "Waiting times: " + w.page().title(),
                        "How the wait for " + WaitingView.lowerFirst(w.page().title()) + " has changed, area by area.",
                        List.of(HOME, waitsCrumb), Map.of("waits", w)));
            }
        }
        out.add(new GeneratedPage("/availability/", "availability", "Which services are open",
                "Which services are taking new referrals, which have a waiting list, and when they are open.",
                List.of(HOME, SERVICES_CRUMB), Map.of("groups", model.getByAvailability())));
        out.add(new GeneratedPage("/search/", "search", "Search",
                "Search every service, guide and page in the Local Offer.",
                List.of(HOME), Map.of("facets", facets)));
        out.add(new GeneratedPage("/404.html", "404", "Page not found", "", List.of(), Map.of()));
        List<String> urls = out.stream().map(GeneratedPage::url).filter(u -> u.endsWith("/")).toList();
        out.add(new GeneratedPage("/sitemap.xml", "sitemap", "Sitemap", "", List.of(), Map.of("urls", urls)));
        return out;
    }

    private interface Matcher {
        Predicate<RenderedPage> of(Term term);
    }

    private static Facet facet(String id, String title, List<Term> terms, List<RenderedPage> services, Matcher matcher) {
        List<FacetValue> values = new ArrayList<>();
        for (Term t : terms) {
            List<RenderedPage> matching = services.stream().filter(matcher.of(t)).toList();
            String pageTitle = switch (id) {
                case "area" -> "Services in " + t.name();
                case "age" -> "Services for ages " + t.name().replace(" years", "") + " years";
                case "need" -> t.id().equals("any") ? "Services for any need" : "Services for " + WaitingView.lowerFirst(t.name());
                default -> t.name();
            };
            String description = switch (id) {
                case "area" -> t.description().isEmpty() ? "Services for families who live in " + t.name() + "."
                        : "Services for families who live in " + t.name() + ": " + t.description() + ".";
                case "age" -> "Services for children and young people aged " + t.name().replace(" years", "") + ".";
                case "need" -> t.id().equals("any")
                        ? "Services open to every child or young person with special educational needs or a disability."
                        : "Services that help with " + WaitingView.lowerFirst(t.name()) + ", and services open to any need.";
                default -> t.description();
            };
            values.add(new FacetValue(t.id(), t.name(), pageTitle, description, SERVICES + id + "/" + t.id() + "/", matching));
        }
        return new Facet(id, title, values);
    }


    static Map<String, List<RenderedPage>> byLetter(List<RenderedPage> services) {
        Map<String, List<RenderedPage>> letters = new TreeMap<>();
        for (RenderedPage p : services) {
            String first = p.page().title().substring(0, 1).toUpperCase(Locale.UK);
            letters.computeIfAbsent(Character.isLetter(first.charAt(0)) ? first : "#", k -> new ArrayList<>()).add(p);
        }
        return new LinkedHashMap<>(letters);
    }

    /** One way of browsing, such as by category, and its values. */
    public record Facet(String id, String title, List<FacetValue> values) {
    }

    /** One browse page: a value of a facet and the services that match it. */
    public record FacetValue(String id, String name, String title, String description, String url,
                             List<RenderedPage> services) {
    }
}
