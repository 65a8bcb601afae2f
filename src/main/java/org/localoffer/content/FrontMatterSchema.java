package org.localoffer.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which front-matter keys each page type may and must have. The names are the editor's words. */
public final class FrontMatterSchema {

    private static final List<String> COMMON = List.of("title", "type", "summary", "status", "audience",
            "co_produced_with", "last_reviewed", "review_by", "statutory", "changes");
    private static final Map<PageType, List<String>> EXTRA = Map.of(
            PageType.SERVICE, List.of("categories", "needs", "ages", "areas", "provider", "referral", "cost", "contact",
                    "opening", "availability", "waiting_times", "waiting_target_weeks"),
            PageType.GUIDE, List.of("categories", "needs", "ages", "figures"),
            PageType.NEWS, List.of("date", "categories", "areas"),
            PageType.PAGE, List.of());
    private static final Map<PageType, List<String>> REQUIRED = Map.of(
            PageType.SERVICE, List.of("title", "type", "summary", "categories", "needs", "ages", "areas", "provider",
                    "referral", "cost", "contact", "opening", "availability", "last_reviewed", "review_by"),
            PageType.GUIDE, List.of("title", "type", "summary", "last_reviewed", "review_by"),
            PageType.NEWS, List.of("title", "type", "summary", "date"),
            PageType.PAGE, List.of("title", "type"));

    public static final List<String> CONTACT_KEYS = List.of("phone", "email", "website", "address");
    public static final List<String> OPENING_KEYS = List.of("hours", "term_time_only", "holiday_cover");
    public static final List<String> AGES_KEYS = List.of("from", "to");

    private FrontMatterSchema() {
    }

    public static List<String> allowed(PageType type) {
        List<String> keys = new ArrayList<>(COMMON);
        keys.addAll(EXTRA.get(type));
        return keys;
    }

    public static List<String> required(PageType type) {
        return REQUIRED.get(type);
    }
}
