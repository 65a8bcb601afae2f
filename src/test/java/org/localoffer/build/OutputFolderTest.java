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
        OutputFolder.awaitRemovals(); // the old output is deleted in the background
        try (var left = Files.list(dir)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".localoffer-")), "work folders left behind");
        }
    }

    @Test
    void deletesLeftoversOfAStoppedBuildBesideTheOutputOnly(@TempDir Path dir) throws Exception {
        Path leftover = dir.resolve(".localoffer-old-1234/services/a");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve("index.html"), "old");
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/index.html"), "current");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        new OutputFolder(dir.resolve("out")).removeLeftovers();
        OutputFolder.awaitRemovals();
        assertFalse(Files.exists(dir.resolve(".localoffer-old-1234")));
        assertEquals("current", Files.readString(dir.resolve("out/index.html")));
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
    }

    @Test
    void keepsTheOldOutputWhenTheNewOneCannotBeMovedIn(@TempDir Path dir) throws Exception {
        OutputFolder out = new OutputFolder(dir.resolve("out"));
        Path first = out.newWorkFolder();
        Files.writeString(first.resolve("index.html"), "one");
        out.replaceWith(first);
        Path missing = dir.resolve("never-baked");
        Files.createDirectories(missing);
        Files.delete(missing);
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> out.replaceWith(missing));
        OutputFolder.awaitRemovals();
        assertEquals("one", Files.readString(dir.resolve("out/index.html")));
    }

    @Test
    void deletesDeepTreesButNeverFollowsALink(@TempDir Path dir) throws Exception {
        Path keep = dir.resolve("keep");
        Files.createDirectories(keep);
        Files.writeString(keep.resolve("precious.txt"), "keep");
        Path tree = dir.resolve("tree");
        for (int i = 0; i < 20; i++) {
            Path folder = tree.resolve("a" + i).resolve("b" + i);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("index.html"), "x");
        }
        Files.createSymbolicLink(tree.resolve("link-to-keep"), keep);
        OutputFolder.deleteTree(tree);
        assertFalse(Files.exists(tree));
        Path link = Files.createSymbolicLink(dir.resolve("link"), keep);
        OutputFolder.deleteTree(link);
        assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep", Files.readString(keep.resolve("precious.txt")));
        OutputFolder.deleteTree(dir.resolve("not-there"));
    }
}
