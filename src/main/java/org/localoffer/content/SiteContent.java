package org.localoffer.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every page read from content/, plus the other files there (images, documents) that are
 * published as they are.
 *
 * @param assets     paths under content/ of files that are not pages or data
 * @param unreadable paths under content/ of Markdown files whose problems are already reported
 */
public record SiteContent(List<Page> pages, List<String> assets, List<String> unreadable) {

    public Map<String, Page> bySourcePath() {
        return pages.stream().collect(Collectors.toMap(Page::sourcePath, Function.identity()));
    }

    public Optional<Page> page(String sourcePath) {
        return pages.stream().filter(p -> p.sourcePath().equals(sourcePath)).findFirst();
    }

    /** The same content without drafts, for a production build. */
    public SiteContent withoutDrafts() {
        return new SiteContent(pages.stream().filter(p -> !p.draft()).toList(), assets, unreadable);
    }
}
