package org.localoffer.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.localoffer.testing.TestSite;

/** A copy of the demonstration site (site.yml, content/ and templates/) in a temporary folder. */
final class ImportSite {

    private ImportSite() {
    }

    static Path copy(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.copy(TestSite.REPO.resolve("site.yml"), folder.resolve("site.yml"));
            copyTree(TestSite.REPO.resolve("content"), folder.resolve("content"));
            copyTree(TestSite.REPO.resolve("templates"), folder.resolve("templates"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.toList();
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }

    static List<String> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
