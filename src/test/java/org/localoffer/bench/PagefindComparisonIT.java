package org.localoffer.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.SiteBuilder;

/**
 * Pagefind over the demonstration site, in headless Chromium, side by side with localoffer. Skipped
 * where there is no Chromium, or Pagefind cannot be installed (no npm, or no registry).
 */
class PagefindComparisonIT {

    @TempDir
    Path temp;

    @Test
    void comparesBothSearchesOnTheDemonstrationSite() throws Exception {
        assumeTrue(new File(PagefindComparison.CHROMIUM).canExecute(), "no Chromium");
        Path output = temp.resolve("site");
        new SiteBuilder().build(BuildRequest.production(Path.of("").toAbsolutePath(), output));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PagefindComparison.standardIn(new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .report(output, Path.of("").toAbsolutePath());
        String text = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        assumeFalse(text.contains("pagefind: skipped, npm"), text);
        assertTrue(Pattern.compile("index, all files +\\d+\\.\\d KB +\\d+\\.\\d KB").matcher(text).find(), text);
        assertTrue(Pattern.compile("query time: search, first results +\\d+ ms +\\d+ ms").matcher(text).find(), text);
        assertTrue(Pattern.compile("success@3, demo site relevance \\(\\d+\\) +0\\.9\\d\\d +[01]\\.\\d{3}").matcher(text).find(), text);
    }
}
