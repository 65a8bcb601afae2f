package org.localoffer.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;

/**
 * Deletes folder trees on several threads. Deleting a file is mostly waiting for the disk, so one
 * thread deleting a 10,000-page output (30,000 files) one file after another took several seconds;
 * eight threads wait side by side. {@link #deleteLater} deletes in the background, and
 * {@link #awaitAll} waits for those deletions before the process ends.
 */
final class FolderDeleter {

    /** Threads that mostly wait on the disk, not on the processor: more than the cores is right. */
    private static final ForkJoinPool THREADS = new ForkJoinPool(8);
    private static final Set<Future<?>> PENDING = ConcurrentHashMap.newKeySet();
    private static final Set<Path> BEING_DELETED = ConcurrentHashMap.newKeySet();

    private FolderDeleter() {
    }

    /** Deletes {@code root} and everything in it, if it exists; returns when it is gone. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root); // a file, or a link: never what it points to
            return;
        }
        try {
            THREADS.invoke(ForkJoinTask.adapt(() -> deleteTree(root, false)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Starts deleting {@code root} in the background. Files another process deletes at the same
     * time are skipped; a tree left half-deleted when the process is stopped is deleted by a later
     * call for the same path.
     */
    static void deleteLater(Path root) {
        if (!BEING_DELETED.add(root)) {
            return;
        }
        PENDING.add(THREADS.submit(() -> {
            try {
                deleteTree(root, true);
            } catch (UncheckedIOException e) {
                // Left where it is: the next build beside this output deletes it again.
            } finally {
                BEING_DELETED.remove(root);
            }
        }));
    }

    /** Waits until every deletion started with {@link #deleteLater} has finished. */
    static void awaitAll() {
        for (Future<?> f : PENDING) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                // reported nowhere: the folder is deleted again by the next build
            }
            PENDING.remove(f);
        }
    }

    /** Deletes a folder's files here and its sub-folders as parallel tasks, then the folder itself. */
    private static void deleteTree(Path dir, boolean skipMissing) {
        try {
            List<ForkJoinTask<?>> folders = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        folders.add(ForkJoinTask.adapt(() -> deleteTree(entry, skipMissing)).fork());
                    } else {
                        deleteFile(entry, skipMissing);
                    }
                }
            }
            for (ForkJoinTask<?> folder : folders) {
                folder.join();
            }
            deleteFile(dir, skipMissing);
        } catch (NoSuchFileException e) {
            if (!skipMissing) {
                throw new UncheckedIOException(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteFile(Path path, boolean skipMissing) throws IOException {
        if (skipMissing) {
            Files.deleteIfExists(path);
        } else {
            Files.delete(path);
        }
    }
}
