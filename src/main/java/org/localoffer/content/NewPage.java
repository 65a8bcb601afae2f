package org.localoffer.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.localoffer.config.SiteConfig;
import org.localoffer.data.SiteData;
import org.localoffer.data.Taxonomy;
import org.localoffer.data.Term;

/**
 * A new page written from a template for {@code localoffer new}: a draft with today's dates, every
 * required field filled with a value the site accepts, and a prompt in each place an editor must write.
 */
public final class NewPage {

    private NewPage() {
    }

    /** "Speech & language therapy!" becomes speech-language-therapy. */
    public static String slug(String title) {
        String slug = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.UK).replace("'", "").replace("’", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "page" : slug;
    }

    /** The file's path under content/, e.g. services/audiology.md or news/2026-10-new-clinic.md. */
    public static String sourcePath(PageType type, String title, LocalDate today) {
        return switch (type) {
            case SERVICE -> "services/" + slug(title) + ".md";
            case GUIDE -> "guides/" + slug(title) + ".md";
            case NEWS -> "news/" + today.toString().substring(0, 7) + "-" + slug(title) + ".md";
            case PAGE -> slug(title) + ".md";
        };
    }

    public static String text(PageType type, String title, SiteConfig site, SiteData data, LocalDate today) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quote(title)).append('\n');
        out.append("type: ").append(type.id()).append('\n');
        out.append("summary: ").append(quote("One sentence that says who this helps and how.")).append('\n');
        Taxonomy tx = data.taxonomy();
        switch (type) {
            case SERVICE -> {
                out.append("categories: [").append(first(tx.categories(), "")).append("]\n");
                out.append("needs: [").append(first(tx.needs(), "any")).append("]\n");
                out.append("ages: {from: 0, to: 25}\n");
                out.append("areas: [").append(String.join(", ", site.localityIds())).append("]\n");
                out.append("provider: ").append(quote(site.councilName())).append('\n');
                out.append("referral: [").append(first(tx.referrals(), "parent")).append("]\n");
                out.append("cost: Free\n");
                out.append("contact: {").append(contact(site)).append("}\n");
                out.append("opening: {hours: \"Monday to Friday, 9am to 5pm\", term_time_only: false}\n");
                out.append("availability: open\n");
                reviewDates(out, today);
            }
            case GUIDE -> reviewDates(out, today);
            case NEWS -> out.append("date: ").append(today).append('\n');
            case PAGE -> { }
        }
        out.append("status: draft\n---\n");
        switch (type) {
            case SERVICE -> out.append("""
                    Say in one or two short sentences what the service does.

                    ## Who it is for

                    Say which children and young people the service is for.

                    ## How to get it

                    1. Say who can ask for it, and how.
                    2. Say what happens next.
                    """);
            case GUIDE -> out.append("""
                    Say in one or two short sentences what this guide helps with.

                    ## What happens

                    Explain each step in the order it happens.
                    """);
            default -> out.append("Say what has changed, when, and what families need to do.\n");
        }
        return out.toString();
    }

    private static void reviewDates(StringBuilder out, LocalDate today) {
        out.append("last_reviewed: ").append(today).append('\n');
        out.append("review_by: ").append(today.plusMonths(6)).append('\n');
    }

    private static String first(List<Term> terms, String preferred) {
        if (terms.stream().anyMatch(t -> t.id().equals(preferred))) {
            return preferred;
        }
        return terms.isEmpty() ? preferred : terms.get(0).id();
    }

    private static String contact(SiteConfig site) {
        List<String> parts = new java.util.ArrayList<>();
        if (site.contact() != null && site.contact().phone() != null) {
            parts.add("phone: " + quote(site.contact().phone()));
        }
        if (site.contact() != null && site.contact().email() != null) {
            parts.add("email: " + quote(site.contact().email()));
        }
        return String.join(", ", parts);
    }

    /** A YAML double-quoted string. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
