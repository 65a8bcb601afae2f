package org.localoffer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * When each content file last changed: the date of the newest commit that touched it, found in
 * one walk of the log (first parents, newest first, stopping once every file has a date). Files
 * outside a git repository, not yet committed, or changed since the last commit get their
 * modified time instead.
 */
public final class SourceDates {

    private final ZoneId zone;

    public SourceDates(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Starts dating every Markdown file under {@code content/} on a background thread, so that git's
     * history (and JGit's start-up, about a second from cold) is read while the pages are.
     */
    public java.util.concurrent.CompletableFuture<Map<String, LocalDate>> startForContent(Path source) {
        java.util.concurrent.CompletableFuture<Map<String, LocalDate>> dates = new java.util.concurrent.CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                dates.complete(lastUpdated(source, markdownFiles(source)));
            } catch (IOException e) {
                // content/ cannot be listed: the content reader reports that itself; pages show no date.
                dates.complete(Map.of());
            } catch (RuntimeException e) {
                dates.completeExceptionally(e);
            }
        }, "localoffer-git-dates");
        thread.setDaemon(true);
        thread.start();
        return dates;
    }

    /** content/**.md, relative to the site folder with forward slashes, as pages name their files. */
    static Set<String> markdownFiles(Path source) throws IOException {
        Path content = source.resolve("content");
        Set<String> files = new HashSet<>();
        if (!Files.isDirectory(content)) {
            return files;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(content)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .forEach(p -> files.add(source.relativize(p).toString().replace('\\', '/')));
        }
        return files;
    }

    /**
     * @param source the site folder
     * @param files  paths relative to the site folder, with forward slashes, e.g. content/services/audiology.md
     * @return the date each file last changed; files that cannot be dated are left out
     */
    public Map<String, LocalDate> lastUpdated(Path source, Set<String> files) {
        Map<String, LocalDate> dates = new HashMap<>();
        Set<String> undated = new HashSet<>(files);
        try {
            fromGit(source.toAbsolutePath().normalize(), undated, dates);
        } catch (IOException | GitAPIException | RuntimeException e) {
            // Not a usable repository: every file falls back to its modified time.
        }
        for (String file : undated) {
            try {
                Instant modified = Files.getLastModifiedTime(source.resolve(file)).toInstant();
                dates.put(file, LocalDate.ofInstant(modified, zone));
            } catch (IOException e) {
                // A file that cannot be read has its own problem reported; it simply shows no date.
            }
        }
        return dates;
    }

    private void fromGit(Path source, Set<String> undated, Map<String, LocalDate> dates) throws IOException, GitAPIException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(source.toFile());
        if (builder.getGitDir() == null) {
            return;
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) {
                return;
            }
            ObjectId head = repo.resolve("HEAD^{commit}");
            if (head == null) {
                return;
            }
            Path workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
            String prefix = workTree.relativize(source).toString().replace('\\', '/');
            prefix = prefix.isEmpty() ? "" : prefix + "/";
            Map<String, String> fileOfRepoPath = new HashMap<>();
            for (String file : undated) {
                fileOfRepoPath.put(prefix + file, file);
            }
            Set<String> changedSinceCommit = uncommitted(repo, prefix + "content");
            Set<String> wanted = new HashSet<>(fileOfRepoPath.keySet());
            wanted.removeAll(changedSinceCommit);
            TreeFilter content = PathFilter.create(prefix + "content");
            try (RevWalk walk = new RevWalk(repo)) {
                walk.setFirstParent(true);
                walk.markStart(walk.parseCommit(head));
                for (RevCommit commit : walk) {
                    if (wanted.isEmpty()) {
                        break;
                    }
                    try (TreeWalk tree = new TreeWalk(repo)) {
                        tree.setRecursive(true);
                        tree.setFilter(AndTreeFilter.create(content, TreeFilter.ANY_DIFF));
                        if (commit.getParentCount() > 0) {
                            RevCommit parent = walk.parseCommit(commit.getParent(0));
                            tree.addTree(parent.getTree());
                        } else {
                            tree.addTree(new EmptyTreeIterator());
                        }
                        tree.addTree(commit.getTree());
                        LocalDate when = LocalDate.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()), zone);
                        while (tree.next()) {
                            String path = tree.getPathString();
                            if (wanted.remove(path)) {
                                String file = fileOfRepoPath.get(path);
                                dates.put(file, when);
                                undated.remove(file);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Paths under {@code folder} that differ from the last commit, or are not in it. */
    private static Set<String> uncommitted(Repository repo, String folder) throws GitAPIException {
        Set<String> out = new HashSet<>();
        Status status = new Git(repo).status().addPath(folder).call();
        out.addAll(status.getModified());
        out.addAll(status.getChanged());
        out.addAll(status.getAdded());
        out.addAll(status.getUntracked());
        return out;
    }

}
