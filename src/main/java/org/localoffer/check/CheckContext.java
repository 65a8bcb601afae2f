package org.localoffer.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.localoffer.config.SiteConfig;
import org.localoffer.content.Page;
import org.localoffer.data.SiteData;

/**
 * What the rules may look at: settings, data, the pages in this build, the site folder and today's date.
 *
 * @param source the site folder, which holds site.yml and content/
 */
public record CheckContext(SiteConfig site, SiteData data, List<Page> pages, Path source, LocalDate today) {
}
