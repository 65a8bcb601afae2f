package org.localoffer.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file of a folder and its bytes, to prove that a failed build changed nothing. */
public final class OutputSnapshot {

    private OutputSnapshot() {
    }

    public static Map<String, String> of(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(folder.relativize(p).toString(), Arrays.hashCode(Files.readAllBytes(p)) + ":"
                            + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return files;
    }
}
