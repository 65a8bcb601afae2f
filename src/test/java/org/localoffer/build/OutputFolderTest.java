package org.localoffer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @Test
    void refusesToReplaceAFolderItDidNotMake(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.docx"), "precious");
        String refusal = new OutputFolder(out).refusal();
        assertEquals(out + " already holds files that localoffer did not make (it has no .localoffer-output file), "
                + "so it will not be replaced. Choose another --output folder, or empty this one yourself.", refusal);
    }

    @Test
    void acceptsAMissingOrEmptyFolder(@TempDir Path dir) throws Exception {
        assertNull(new OutputFolder(dir.resolve("new")).refusal());
        Files.createDirectories(dir.resolve("empty"));
        assertNull(new OutputFolder(dir.resolve("empty")).refusal());
    }

    @Test
    void swapsInTheNewSiteAndMarksIt(@TempDir Path dir) throws Exception {
        OutputFolder out = new OutputFolder(dir.resolve("out"));
        Path first = out.newWorkFolder();
        Files.writeString(first.resolve("index.html"), "one");
        out.replaceWith(first);
        Path second = out.newWorkFolder();
        Files.writeString(second.resolve("index.html"), "two");
        out.replaceWith(second);
        assertEquals("two", Files.readString(dir.resolve("out/index.html")));
        assertTrue(Files.exists(dir.resolve("out").resolve(OutputFolder.MARKER)));
        assertNull(out.refusal());
        try (var left = Files.list(dir)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".localoffer-")), "work folders left behind");
        }
    }
}
