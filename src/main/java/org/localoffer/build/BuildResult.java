package org.localoffer.build;

import java.nio.file.Path;
import java.util.Map;
import org.localoffer.problem.Problems;

/**
 * What a successful build made.
 *
 * @param stageMillis wall time of each stage in the order they ran
 * @param warnings    problems that did not stop the build
 */
public record BuildResult(Path output, int contentPages, int generatedPages, Map<String, Long> stageMillis,
                          Problems warnings) {

    public int totalPages() {
        return contentPages + generatedPages;
    }
}
