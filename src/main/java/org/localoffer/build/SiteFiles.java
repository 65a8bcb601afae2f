package org.localoffer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.localoffer.config.SiteConfig;

/** Small files every site needs that come from settings, not content: robots.txt and the brand colours. */
final class SiteFiles {

    private SiteFiles() {
    }

    static void write(SiteConfig site, Path output, boolean preview) throws IOException {
        String robots = preview
                ? "User-agent: *\nDisallow: /\n"
                : "User-agent: *\nAllow: /\n\nSitemap: " + site.baseUrlWithoutSlash() + "/sitemap.xml\n";
        Files.writeString(output.resolve("robots.txt"), robots);
        Path css = output.resolve("assets/css/brand.css");
        Files.createDirectories(css.getParent());
        // Colours come from site.yml; a file keeps them out of inline styles, which the CSP forbids.
        Files.writeString(css, ":root {\n  --brand: " + site.brand().primary() + ";\n  --link: " + site.brand().link() + ";\n}\n");
    }
}
