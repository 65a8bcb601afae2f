package org.localoffer.oruk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.localoffer.content.Availability;
import org.localoffer.data.SiteData;
import org.localoffer.data.Taxonomy;
import org.localoffer.data.Term;

/**
 * The site's own word lists as Open Referral taxonomies. Each is named after the site, such as
 * "Brackenford SEND Local Offer: categories", so that other systems can tell them apart from national
 * taxonomies, and so that an import knows which terms must be in content/data/taxonomy.yml.
 */
public enum OrukVocabulary {
    CATEGORIES("categories", "category", "/services/category/"),
    NEEDS("needs", "need", "/services/need/"),
    REFERRAL("referral", "referral route", null),
    AVAILABILITY("availability", "availability", null);

    private final String key;
    private final String singular;
    private final String pagePrefix;

    OrukVocabulary(String key, String singular, String pagePrefix) {
        this.key = key;
        this.singular = singular;
        this.pagePrefix = pagePrefix;
    }

    /** The front-matter key the terms belong to, such as categories. */
    public String key() {
        return key;
    }

    /** "category", for messages. */
    public String singular() {
        return singular;
    }

    /** The taxonomy's name in the export: the site title, a colon and the front-matter key. */
    public String taxonomyName(String siteTitle) {
        return siteTitle + ": " + key;
    }

    public String description(String siteTitle) {
        return switch (this) {
            case CATEGORIES -> "The types of support that " + siteTitle + " sorts services into.";
            case NEEDS -> "The special educational needs and disabilities a service helps with, as " + siteTitle + " lists them.";
            case REFERRAL -> "Who can ask a service for help, as " + siteTitle + " lists them.";
            case AVAILABILITY -> "Whether a service is taking referrals now, as " + siteTitle + " says it.";
        };
    }

    /** The site page that lists every service with a term, or null when the site has no such page. */
    public String termPage(String id) {
        return pagePrefix == null ? null : pagePrefix + id + "/";
    }

    /** The terms this site allows, from content/data/taxonomy.yml (availability from the page schema). */
    public List<Term> terms(SiteData data) {
        Taxonomy t = data.taxonomy();
        return switch (this) {
            case CATEGORIES -> t.categories();
            case NEEDS -> t.needs();
            case REFERRAL -> t.referrals();
            case AVAILABILITY -> Arrays.stream(Availability.values()).map(a -> new Term(a.id(), a.label(), null)).toList();
        };
    }

    public static Optional<OrukVocabulary> byTaxonomyName(String name, String siteTitle) {
        return Arrays.stream(values()).filter(v -> v.taxonomyName(siteTitle).equals(name)).findFirst();
    }
}
