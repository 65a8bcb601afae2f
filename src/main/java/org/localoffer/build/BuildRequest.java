package org.localoffer.build;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param source  the site folder holding site.yml, content/ and templates/
 * @param output  where the finished site goes; null means the folder named in site.yml
 * @param preview true to include drafts (for the preview server)
 */
public record BuildRequest(Path source, Path output, boolean preview) {

    public static BuildRequest production(Path source, Path output) {
        return new BuildRequest(source, output, false);
    }
}
