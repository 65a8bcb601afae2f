package org.localoffer.serve;

import java.io.IOException;
import java.nio.file.Path;
import org.localoffer.build.SourceSnapshot;

/**
 * Notices edits to the site's sources by comparing snapshots of file names, sizes and times, the
 * same snapshots the preview uses to decide what to rebuild. Polling works the same on every system
 * and in every editor, including ones that save by replacing the file.
 */
public final class ChangeWatcher {

    private final Path source;
    private SourceSnapshot last;

    public ChangeWatcher(Path source) {
        this.source = source;
        this.last = snapshot();
    }

    /** True once for each change since the last call. */
    public boolean changed() {
        SourceSnapshot now = snapshot();
        if (now.equals(last)) {
            return false;
        }
        last = now;
        return true;
    }

    /** An unreadable folder (being saved or removed this instant) counts as a change, looked at again next time. */
    private SourceSnapshot snapshot() {
        try {
            return SourceSnapshot.of(source);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new SourceSnapshot(java.util.Map.of("", new SourceSnapshot.Stamp(-1, System.nanoTime())));
        }
    }
}
