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
        int figuresStaleAfterMonths) {

    public static final String FILE_NAME = "site.yml";

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
