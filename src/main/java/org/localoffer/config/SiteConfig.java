package org.localoffer.config;

import java.util.List;
import java.util.Optional;

/** The settings in site.yml, checked. */
public record SiteConfig(
        String areaName,
        String councilName,
        String siteTitle,
        String baseUrl,
        String language,
        boolean demonstration,
        String output,
        List<Locality> localities,
        SiteContact contact,
        Brand brand,
        int figuresStaleAfterMonths,
        java.util.Map<String, Integer> readingAge,
        int reviewGraceDays) {

    public static final String FILE_NAME = "site.yml";
    /** The page kinds that {@code reading_age} in site.yml can set; young_people is for audience: [young-people]. */
    public static final List<String> READING_AGE_KINDS = List.of("service", "guide", "page", "news", "young_people");
    public static final int DEFAULT_READING_AGE = 12;
    public static final int DEFAULT_YOUNG_PEOPLE_READING_AGE = 11;
    public static final int DEFAULT_REVIEW_GRACE_DAYS = 90;

    /** Settings without reading ages or a review grace period: the defaults apply. */
    public SiteConfig(String areaName, String councilName, String siteTitle, String baseUrl, String language,
                      boolean demonstration, String output, List<Locality> localities, SiteContact contact, Brand brand,
                      int figuresStaleAfterMonths) {
        this(areaName, councilName, siteTitle, baseUrl, language, demonstration, output, localities, contact, brand,
                figuresStaleAfterMonths, java.util.Map.of(), DEFAULT_REVIEW_GRACE_DAYS);
    }

    /** The highest reading age allowed for a kind of page (see {@link #READING_AGE_KINDS}). */
    public int readingAgeFor(String kind) {
        Integer set = readingAge == null ? null : readingAge.get(kind);
        if (set != null) {
            return set;
        }
        return kind.equals("young_people") ? DEFAULT_YOUNG_PEOPLE_READING_AGE : DEFAULT_READING_AGE;
    }

    public Optional<Locality> locality(String id) {
        return localities.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public List<String> localityIds() {
        return localities.stream().map(Locality::id).toList();
    }

    /** The base URL without a trailing slash, for absolute links in the sitemap. */
    public String baseUrlWithoutSlash() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
