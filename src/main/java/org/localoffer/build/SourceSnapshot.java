package org.localoffer.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The size and modified time of every file a site is built from (site.yml, content/, templates/),
 * by path from the site folder with forward slashes. Two snapshots say which files changed.
 */
public record SourceSnapshot(Map<String, Stamp> files) {

    public record Stamp(long size, long modifiedMillis) {
    }

    /** Which files were added, removed or changed between two snapshots. */
    record Changes(Set<String> added, Set<String> removed, Set<String> modified) {

        boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && modified.isEmpty();
        }
    }

    public static SourceSnapshot of(Path source) throws IOException {
        Map<String, Stamp> files = new TreeMap<>();
        for (String root : new String[] {org.localoffer.config.SiteConfig.FILE_NAME, "content", "templates"}) {
            Path start = source.resolve(root);
            if (!Files.exists(start)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                walk.forEach(p -> {
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        if (a.isRegularFile()) {
                            files.put(source.relativize(p).toString().replace('\\', '/'),
                                    new Stamp(a.size(), a.lastModifiedTime().toMillis()));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new SourceSnapshot(Map.copyOf(files));
    }

    Changes changesSince(SourceSnapshot before) {
        Set<String> added = new TreeSet<>();
        Set<String> modified = new TreeSet<>();
        files.forEach((path, stamp) -> {
            Stamp old = before.files.get(path);
            if (old == null) {
                added.add(path);
            } else if (!old.equals(stamp)) {
                modified.add(path);
            }
        });
        Set<String> removed = new TreeSet<>(before.files.keySet());
        removed.removeAll(files.keySet());
        return new Changes(added, removed, modified);
    }
}
