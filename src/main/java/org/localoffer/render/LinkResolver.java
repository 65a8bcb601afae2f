package org.localoffer.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.localoffer.content.Page;
import org.localoffer.problem.Problems;
import org.localoffer.problem.Suggestions;

/**
 * Turns links written the way editors see files in git ({@code ../guides/x.md#timeline}) into
 * the published URLs, and reports links to files or headings that do not exist.
 */
public final class LinkResolver {

    /** Parsed once: jsoup parses a query string on every select. It holds no state, so threads can share it. */
    private static final Evaluator LINKS = QueryParser.parse("a[href]");

    private final Map<String, Page> pagesBySource;
    private final Map<String, RenderedBody> bodiesBySource;
    private final Set<String> draftSources;
    private final Set<String> unreadableSources;
    private final Set<String> assets;
    private final Set<String> knownUrls;
    /**
     * Links to headings waiting to be checked, when pages are linked as they are rendered: a heading's page may
     * not be rendered yet. Null when each is checked at once.
     */
    private final java.util.Queue<AnchorCheck> deferredAnchors;

    /** A link from {@code from}, at {@code line}, to the heading {@code fragment} of {@code target}. */
    private record AnchorCheck(Page from, Page target, String fragment, int line) {
    }

    /**
     * @param draftSources source paths of drafts left out of this build
     * @param unreadableSources source paths of pages whose own errors are already reported
     * @param assets       paths under content/ of files published as they are
     * @param knownUrls    every URL this build publishes, including generated pages
     */
    public LinkResolver(Map<String, Page> pagesBySource, Map<String, RenderedBody> bodiesBySource,
                        Set<String> draftSources, Set<String> unreadableSources, Set<String> assets, Set<String> knownUrls) {
        this.pagesBySource = pagesBySource;
        this.bodiesBySource = bodiesBySource;
        this.draftSources = draftSources;
        this.unreadableSources = unreadableSources;
        this.assets = assets;
        this.knownUrls = knownUrls;
        this.deferredAnchors = null;
    }

    private LinkResolver(LinkResolver resolver, java.util.Queue<AnchorCheck> deferredAnchors) {
        this.pagesBySource = resolver.pagesBySource;
        this.bodiesBySource = resolver.bodiesBySource;
        this.draftSources = resolver.draftSources;
        this.unreadableSources = resolver.unreadableSources;
        this.assets = resolver.assets;
        this.knownUrls = resolver.knownUrls;
        this.deferredAnchors = deferredAnchors;
    }

    /**
     * This resolver, except that links to headings are taken as found until {@link #checkDeferredAnchors} checks
     * them, once every page is rendered: so pages can be linked as each is rendered, on any thread. A link to a
     * heading that is missing is then reported, as ever, and stops the build, so its HTML is never published.
     */
    public LinkResolver deferringAnchorChecks() {
        return new LinkResolver(this, new java.util.concurrent.ConcurrentLinkedQueue<>());
    }

    /** Checks the links to headings that {@link #deferringAnchorChecks} put off, against the bodies now known. */
    public void checkDeferredAnchors(Problems problems) {
        for (AnchorCheck check : deferredAnchors) {
            checkAnchorNow(check.from(), check.target(), check.fragment(), check.from().editorPath(), check.line(),
                    problems);
        }
        deferredAnchors.clear();
    }

    /** Rewrites every link in {@code body} and reports the broken ones against their lines. */
    public void resolve(Page page, RenderedBody rendered, Element body, Problems problems) {
        resolve(page, rendered.links(), body, problems);
    }

    /** As above, with the page's Markdown links (for their lines) given on their own. */
    public void resolve(Page page, List<LinkReference> markdownLinks, Element body, Problems problems) {
        Map<String, Integer> lineOfHref = new HashMap<>();
        for (LinkReference ref : markdownLinks) {
            lineOfHref.putIfAbsent(ref.href(), ref.line());
        }
        Map<String, Optional<String>> resolved = new HashMap<>();
        for (Element a : body.select(LINKS)) {
            String href = a.attr("href");
            Optional<String> target = resolved.computeIfAbsent(href,
                    h -> resolve(page, h, lineOfHref.getOrDefault(h, page.bodyStartLine()), problems));
            target.ifPresent(t -> a.attr("href", t));
        }
    }

    Optional<String> resolve(Page page, String href, int line, Problems problems) {
        String path = page.editorPath();
        if (href.isBlank()) {
            problems.error(path, line, "a link has no address. Write the file or web address between the brackets: [text](address).");
            return Optional.empty();
        }
        if (hasScheme(href)) {
            return Optional.of(href);
        }
        int hash = href.indexOf('#');
        String target = hash >= 0 ? href.substring(0, hash) : href;
        String fragment = hash >= 0 ? href.substring(hash + 1) : null;
        if (target.isEmpty()) {
            checkAnchor(page, page, fragment, path, line, problems);
            return Optional.of(href);
        }
        if (target.startsWith("/")) {
            if (!knownUrls.contains(target) && !assets.contains(target.substring(1))) {
                problems.error(path, line, "the link '" + href + "' goes to " + target
                        + ", which this site does not publish. Link to the page's .md file instead, like ../services/audiology.md.");
                return Optional.empty();
            }
            return Optional.of(href);
        }
        Optional<String> source = normalise(page.sourcePath(), target);
        if (source.isEmpty()) {
            problems.error(path, line, "the link '" + href + "' points outside the content folder. "
                    + "Link to a .md file inside content/.");
            return Optional.empty();
        }
        String sourcePath = source.get();
        if (sourcePath.endsWith(".md")) {
            Page linked = pagesBySource.get(sourcePath);
            if (linked == null) {
                if (unreadableSources.contains(sourcePath)) {
                    return Optional.empty();
                }
                if (draftSources.contains(sourcePath)) {
                    problems.error(path, line, "the link '" + href + "' goes to content/" + sourcePath
                            + ", which is a draft and is not published. Publish that page or remove the link.");
                } else {
                    problems.error(path, line, "the link '" + href + "' goes to content/" + sourcePath
                            + ", which does not exist." + Suggestions.didYouMean(sourcePath, pagesBySource.keySet())
                            + " Check the file name and folder.");
                }
                return Optional.empty();
            }
            if (fragment != null && !checkAnchor(page, linked, fragment, path, line, problems)) {
                return Optional.empty();
            }
            return Optional.of(linked.url() + (fragment == null ? "" : "#" + fragment));
        }
        if (assets.contains(sourcePath)) {
            return Optional.of("/" + sourcePath);
        }
        problems.error(path, line, "the link '" + href + "' goes to content/" + sourcePath
                + ", which does not exist. Link to a page's .md file, like occupational-therapy.md, or to a file in content/.");
        return Optional.empty();
    }

    private boolean checkAnchor(Page from, Page target, String fragment, String path, int line, Problems problems) {
        if (fragment == null || fragment.isEmpty()) {
            return true;
        }
        if (deferredAnchors != null) {
            deferredAnchors.add(new AnchorCheck(from, target, fragment, line));
            return true;
        }
        return checkAnchorNow(from, target, fragment, path, line, problems);
    }

    private boolean checkAnchorNow(Page from, Page target, String fragment, String path, int line, Problems problems) {
        RenderedBody body = bodiesBySource.get(target.sourcePath());
        Set<String> anchors = body == null ? Set.of() : body.anchors();
        if (anchors.contains(fragment)) {
            return true;
        }
        String where = target == from ? "this page" : "content/" + target.sourcePath();
        List<String> known = new ArrayList<>(anchors);
        known.sort(null);
        problems.error(path, line, "the link goes to the heading #" + fragment + " in " + where
                + ", but there is no heading with that id." + Suggestions.didYouMean(fragment, known)
                + (known.isEmpty() ? " That page has no headings to link to." : " Its headings are: #" + String.join(", #", known) + "."));
        return false;
    }

    /** The same as {@code href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")}, without a regex. */
    static boolean hasScheme(String href) {
        int n = href.length();
        if (n == 0 || !isAsciiLetter(href.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < n) {
            char c = href.charAt(i);
            if (isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-') {
                i++;
            } else {
                break;
            }
        }
        if (i == n || href.charAt(i) != ':') {
            return false;
        }
        for (int k = i + 1; k < n; k++) {
            char c = href.charAt(k);
            // '.' matches any character but a line terminator
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Resolves a relative link against the folder of the linking file; empty if it leaves content/. */
    static Optional<String> normalise(String fromSource, String relative) {
        String decoded = relative.replace("%20", " ");
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        String[] from = fromSource.split("/");
        for (int i = 0; i < from.length - 1; i++) {
            parts.addLast(from[i]);
        }
        for (String part : decoded.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }
}
