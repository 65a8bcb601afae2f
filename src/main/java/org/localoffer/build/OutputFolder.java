package org.localoffer.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The published folder. A build bakes into a staging folder beside it and swaps that in only
 * when everything worked, so a failed build leaves the previous output exactly as it was.
 * It only ever replaces a folder that carries our marker file.
 */
public final class OutputFolder {

    public static final String MARKER = ".localoffer-output";
    /** An old output moved aside, beside the new one, until it is deleted. */
    private static final String OLD_PREFIX = ".localoffer-old-";

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

    /**
     * Moves {@code baked} into place. The old output is moved aside (two renames: the site is never
     * half there) and deleted in the background; {@link #awaitRemovals()} waits for that.
     */
    public void replaceWith(Path baked) throws IOException {
        Files.writeString(baked.resolve(MARKER), "This folder is made by localoffer build. It is replaced on every build.\n");
        Path old = output.resolveSibling(OLD_PREFIX + UUID.randomUUID());
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
            FolderDeleter.deleteLater(old);
        }
    }

    /**
     * Deletes, in the background, old outputs beside this one that a stopped build left behind
     * (it moved them aside but did not finish deleting them).
     */
    public void removeLeftovers() throws IOException {
        Path parent = output.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.filter(p -> p.getFileName().toString().startsWith(OLD_PREFIX)).forEach(FolderDeleter::deleteLater);
        }
    }

    /** Waits until old outputs moved aside by this process are deleted: the command line calls it before it ends. */
    public static void awaitRemovals() {
        FolderDeleter.awaitAll();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it, if it exists, on several threads; returns when it is gone. */
    public static void deleteTree(Path root) throws IOException {
        FolderDeleter.delete(root);
    }
}
