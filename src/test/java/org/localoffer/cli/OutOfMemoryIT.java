package org.localoffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.testing.TestSite;

/** A build that runs out of memory says so and ends; it used to hang on jbake's store threads. */
class OutOfMemoryIT {

    @Test
    void aBuildThatRunsOutOfMemoryEndsWithAMessage(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"));
        Path output = dir.resolve("out");
        Path log = dir.resolve("log.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx12m", "-cp", System.getProperty("java.class.path"),
                LocalOfferCommand.class.getName(), "build", "--source", site.root().toString(),
                "--output", output.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, "the build did not end:\n" + said);
        assertEquals(ExitCodes.INTERNAL_FAILURE, process.exitValue(), said);
        assertTrue(said.contains("localoffer: error: Java ran out of memory (its limit is "), said);
        assertTrue(said.contains("JAVA_OPTS=-Xmx2g ./localoffer build"), said);
        assertTrue(Files.notExists(output.resolve("index.html")), "nothing is published");
    }

    @Test
    void theAdviceDoublesTheLimitInWholeGigabytes() {
        assertTrue(LocalOfferCommand.outOfMemory(768L << 20).contains("its limit is 768 MB"));
        assertTrue(LocalOfferCommand.outOfMemory(768L << 20).endsWith("JAVA_OPTS=-Xmx2g ./localoffer build"));
        assertTrue(LocalOfferCommand.outOfMemory(3L << 30).endsWith("JAVA_OPTS=-Xmx6g ./localoffer build"));
    }
}
