package org.localoffer.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.localoffer.data.Term;

/**
 * Atom feeds of "What's changed" (RFC 4287): one for the whole site and one per category, so a
 * family can subscribe to changes in, say, travel and transport. URLs and ids are absolute,
 * from {@code base_url} in site.yml.
 */
public final class AtomFeeds {

    public static final String PAGE = "/whats-changed/";
    public static final String FILE = "feed.xml";

    /**
     * @param url      the feed's address on this site, e.g. /whats-changed/transport/feed.xml
     * @param title    the feed's title, also its link's title
     * @param linkText the visible link, e.g. "Subscribe to changes in Travel and transport"
     */
    public record Feed(String url, String title, String linkText, List<ChangeNote> changes) {
    }

    private AtomFeeds() {
    }

    /** The site feed first, then one feed per category in the taxonomy's order. */
    public static List<Feed> plan(SiteModel model) {
        List<ChangeNote> all = model.getChanges();
        List<Feed> feeds = new ArrayList<>();
        String site = model.getSite().siteTitle();
        feeds.add(new Feed(PAGE + FILE, "What's changed: " + site, "Subscribe to all changes", all));
        for (Term category : model.getData().taxonomy().categories()) {
            feeds.add(new Feed(PAGE + category.id() + "/" + FILE, "Changes in " + category.name() + ": " + site,
                    "Subscribe to changes in " + category.name(),
                    all.stream().filter(c -> c.categories().contains(category.id())).toList()));
        }
        return feeds;
    }

    /** Writes every feed into a built site folder. */
    public static void write(SiteModel model, Path folder) throws IOException {
        for (Feed feed : plan(model)) {
            Path file = folder.resolve(feed.url().substring(1));
            Files.createDirectories(file.getParent());
            Files.writeString(file, xml(model, feed), StandardCharsets.UTF_8);
        }
    }

    public static String xml(SiteModel model, Feed feed) {
        String base = model.getSite().baseUrlWithoutSlash();
        LocalDate updated = feed.changes().stream().map(ChangeNote::date).max(LocalDate::compareTo)
                .or(() -> model.getChanges().stream().map(ChangeNote::date).max(LocalDate::compareTo))
                .orElse(LocalDate.of(2000, 1, 1));
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(escape(model.getSite().language()))
                .append("\">\n");
        out.append("  <title>").append(escape(feed.title())).append("</title>\n");
        out.append("  <subtitle>").append(escape("Changes to services and support in the " + model.getSite().areaName()
                + " SEND Local Offer, newest first.")).append("</subtitle>\n");
        out.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(base + feed.url()))
                .append("\"/>\n");
        out.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(base + PAGE)).append("\"/>\n");
        out.append("  <id>").append(escape(base + feed.url())).append("</id>\n");
        out.append("  <updated>").append(timestamp(updated)).append("</updated>\n");
        out.append("  <author><name>").append(escape(model.getSite().councilName())).append("</name></author>\n");
        for (ChangeNote c : feed.changes()) {
            out.append("  <entry>\n");
            out.append("    <title>").append(escape(c.title())).append("</title>\n");
            out.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(base + c.url())).append("\"/>\n");
            out.append("    <id>").append(escape(c.id())).append("</id>\n");
            out.append("    <updated>").append(timestamp(c.date())).append("</updated>\n");
            out.append("    <summary>").append(escape(c.note())).append("</summary>\n");
            for (String category : c.categories()) {
                out.append("    <category term=\"").append(escape(category)).append("\" label=\"")
                        .append(escape(model.categoryName(category))).append("\"/>\n");
            }
            out.append("  </entry>\n");
        }
        out.append("</feed>\n");
        return out.toString();
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    static String escape(String text) {
        return Markup.escape(text);
    }
}
