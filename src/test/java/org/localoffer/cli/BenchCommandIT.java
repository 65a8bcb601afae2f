package org.localoffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.localoffer.testing.CommandRun.run;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.localoffer.testing.CommandRun;

/** The bench as a user runs it: small generated sites, each built in new processes, and its figures printed. */
class BenchCommandIT {

    /** The demonstration site at the repository's root supplies the settings, data and templates. */
    private static final String DEMO = Path.of("").toAbsolutePath().toString();

    @Test
    void printsEachSizesStagesRunsAndGrowth() {
        CommandRun r = run("bench", "--pages", "20,40", "--runs", "3", "--no-compare", "--source", DEMO);
        assertEquals(0, r.code(), r.out() + r.err());
        String out = r.out();
        for (int n : List.of(20, 40)) {
            assertTrue(out.contains("localoffer bench: " + n + " generated service pages (" + (n + 37 + 1)
                    + " pages in all,"), out);
        }
        assertTrue(out.contains("built by a new 'localoffer build' process 3 times; the stage times are the median run's:"), out);
        for (String stage : List.of("read content", "markdown and links", "bake", "search index", "peak memory (RSS)",
                "CPU time", "total (wall)", "pages per second")) {
            assertEquals(2, count(out, "\n  " + Pattern.quote(stage) + " "), stage + " in\n" + out);
        }
        // Each size lists its three runs' times, and the total printed is their median.
        Matcher each = Pattern.compile("\n  each run +(\\d+), (\\d+), (\\d+) ms \\(the median above\\)").matcher(out);
        Matcher total = Pattern.compile("\n  total \\(wall\\) +(\\d+) ms").matcher(out);
        for (int size = 0; size < 2; size++) {
            assertTrue(each.find() && total.find(), out);
            long[] times = {Long.parseLong(each.group(1)), Long.parseLong(each.group(2)), Long.parseLong(each.group(3))};
            java.util.Arrays.sort(times);
            assertEquals(times[1], Long.parseLong(total.group(1)), out);
        }
        assertTrue(out.matches("(?s).*localoffer bench: growth \\(whole build processes, median runs\\)\n"
                + " +pages +wall +pages/s +peak RSS\n +58 +[0-9.]+ s +\\d+ +\\d+ MB\n +78 +[0-9.]+ s +\\d+ +\\d+ MB\n.*"), out);
        assertTrue(!out.contains("Pagefind"), "--no-compare skips the comparison:\n" + out);
    }

    @Test
    void refusesSizesAndRunsBelowOne() {
        CommandRun pages = run("bench", "--pages", "0", "--no-compare", "--source", DEMO);
        assertEquals(ExitCodes.USAGE, pages.code());
        assertEquals("localoffer: --pages must be at least 1.\n", pages.err());
        CommandRun runs = run("bench", "--pages", "5", "--runs", "0", "--no-compare", "--source", DEMO);
        assertEquals(ExitCodes.USAGE, runs.code());
        assertEquals("localoffer: --runs must be at least 1.\n", runs.err());
        CommandRun warm = run("bench", "--pages", "5", "--warm", "-1", "--no-compare", "--source", DEMO);
        assertEquals(ExitCodes.USAGE, warm.code());
        assertEquals("localoffer: --warm must be 0 or more.\n", warm.err());
    }

    @Test
    void theMedianRunIsTheMiddleOneOrTheSlowerOfTheMiddleTwo() {
        assertEquals(300L, BenchCommand.median(List.of(500L, 100L, 300L), Long::longValue));
        assertEquals(400L, BenchCommand.median(List.of(400L, 100L, 300L, 900L), Long::longValue));
        assertEquals(7L, BenchCommand.median(List.of(7L), Long::longValue));
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
