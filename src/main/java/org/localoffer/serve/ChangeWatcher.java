package org.localoffer.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Notices edits to the site's sources by comparing a fingerprint of file names, sizes and
 * times. Polling works the same on every system and in every editor, including ones that
 * save by replacing the file.
 */
public final class ChangeWatcher {

    private final List<Path> roots;
    private long last;

    public ChangeWatcher(Path source) {
        this.roots = List.of(source.resolve("site.yml"), source.resolve("content"), source.resolve("templates"));
        this.last = fingerprint();
    }

    /** True once for each change since the last call. */
    public boolean changed() {
        long now = fingerprint();
        if (now != last) {
            last = now;
            return true;
        }
        return false;
    }

    long fingerprint() {
        long hash = 17;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                    hash = hash * 31 + p.hashCode();
                    if (Files.isRegularFile(p)) {
                        hash = hash * 31 + Files.size(p);
                        hash = hash * 31 + Files.getLastModifiedTime(p).toMillis();
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                hash = hash * 31 + 1;
            }
        }
        return hash;
    }
}
