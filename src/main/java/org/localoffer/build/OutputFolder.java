package org.localoffer.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The published folder. A build bakes into a staging folder beside it and swaps that in only
 * when everything worked, so a failed build leaves the previous output exactly as it was.
 * It only ever replaces a folder that carries our marker file.
 */
public final class OutputFolder {

    public static final String MARKER = ".localoffer-output";

    private final Path output;

    public OutputFolder(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    public Path path() {
        return output;
    }

    /** Why this folder must not be replaced, or null when it is safe. */
    public String refusal() throws IOException {
        if (!Files.exists(output)) {
            return null;
        }
        if (!Files.isDirectory(output)) {
            return output + " is a file, not a folder. Choose another --output folder.";
        }
        if (Files.exists(output.resolve(MARKER))) {
            return null;
        }
        try (Stream<Path> entries = Files.list(output)) {
            if (entries.findAny().isEmpty()) {
                return null;
            }
        }
        return output + " already holds files that localoffer did not make (it has no " + MARKER
                + " file), so it will not be replaced. Choose another --output folder, or empty this one yourself.";
    }

    /** A new empty work folder beside the output, on the same disk so the swap is a rename. */
    public Path newWorkFolder() throws IOException {
        Path parent = output.getParent();
        Files.createDirectories(parent);
        return Files.createDirectory(parent.resolve(".localoffer-work-" + UUID.randomUUID()));
    }

    /** Moves {@code baked} into place and removes the old output. */
    public void replaceWith(Path baked) throws IOException {
        Files.writeString(baked.resolve(MARKER), "This folder is made by localoffer build. It is replaced on every build.\n");
        Path old = output.resolveSibling(".localoffer-old-" + UUID.randomUUID());
        boolean hadOld = Files.exists(output);
        if (hadOld) {
            move(output, old);
        }
        try {
            move(baked, output);
        } catch (IOException e) {
            if (hadOld) {
                move(old, output);
            }
            throw e;
        }
        if (hadOld) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
