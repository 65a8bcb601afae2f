package org.localoffer.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One content file after its front matter has been read and checked. Lists are never null;
 * service-only details are null on other page types.
 *
 * @param sourcePath    path under content/, with forward slashes, e.g. services/audiology.md
 * @param url           the clean URL, e.g. /services/audiology/
 * @param markdown      the body after the front matter
 * @param bodyStartLine the file line on which the body starts
 * @param waitingTargetWeeks the wait the service aims to keep under (default 18 weeks)
 * @param figures       data panels a guide shows, such as ehc-timeliness
 * @param lines         the file line of each front-matter key, for later checks
 * @param changes       dated change notes from the {@code changes:} list, as written
 */
public record Page(
        String sourcePath,
        String url,
        PageType type,
        String title,
        String summary,
        List<String> categories,
        List<String> needs,
        AgeRange ages,
        List<String> areas,
        String provider,
        List<String> referral,
        String cost,
        ContactDetails contact,
        Opening opening,
        Availability availability,
        String waitingTimes,
        int waitingTargetWeeks,
        List<String> figures,
        List<String> audience,
        List<String> coProducedWith,
        LocalDate lastReviewed,
        LocalDate reviewBy,
        LocalDate date,
        List<String> statutory,
        boolean draft,
        String markdown,
        int bodyStartLine,
        Map<String, Integer> lines,
        List<Change> changes) {

    public static final String CONTENT_FOLDER = "content";
    public static final int DEFAULT_WAITING_TARGET_WEEKS = 18;
    public static final List<String> FIGURES = List.of("ehc-timeliness");

    /** The path an editor sees in git, e.g. content/services/audiology.md. */
    public String editorPath() {
        return CONTENT_FOLDER + "/" + sourcePath;
    }

    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }

    /**
     * True when the two differ at most in their text below the front matter. Front matter decides
     * lists, browse pages, feeds and links, so the preview rebuilds everything when it changes.
     */
    public boolean sameFrontMatter(Page other) {
        return withoutBody().equals(other.withoutBody());
    }

    private Page withoutBody() {
        return new Page(sourcePath, url, type, title, summary, categories, needs, ages, areas, provider, referral, cost,
                contact, opening, availability, waitingTimes, waitingTargetWeeks, figures, audience, coProducedWith,
                lastReviewed, reviewBy, date, statutory, draft, "", bodyStartLine, lines, changes);
    }

    public boolean isService() {
        return type == PageType.SERVICE;
    }

    /** The file jbake crawls for this page: the URL's folder plus index.md, so the output is clean. */
    public String stagedPath() {
        return url.equals("/") ? "index.md" : url.substring(1) + "index.md";
    }

    /** The clean URL for a content file path such as services/audiology.md or guides/index.md. */
    public static String urlFor(String sourcePath) {
        String withoutExtension = sourcePath.substring(0, sourcePath.length() - ".md".length());
        if (withoutExtension.equals("index")) {
            return "/";
        }
        if (withoutExtension.endsWith("/index")) {
            return "/" + withoutExtension.substring(0, withoutExtension.length() - "index".length());
        }
        return "/" + withoutExtension + "/";
    }
}
