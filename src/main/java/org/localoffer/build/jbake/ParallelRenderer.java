package org.localoffer.build.jbake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * jbake's renderer, writing pages on every core. jbake's rendering tools hand pages over one at a
 * time; each is rendered by jbake's own {@link Renderer#render(DocumentModel)} on a worker thread,
 * and {@link #finish()} waits for all of them and returns what failed. Pages are independent: each
 * is written to its own file from a model that no longer changes. jbake's renderer reads the bake's settings
 * through {@link SettledConfiguration}.
 */
final class ParallelRenderer extends Renderer implements AutoCloseable {

    private final ExecutorService workers;
    private final List<Future<?>> pending = new ArrayList<>();

    ParallelRenderer(ContentStore store, DefaultJBakeConfiguration config) {
        this(store, new SettledConfiguration(config));
    }

    private ParallelRenderer(ContentStore store, SettledConfiguration config) {
        super(store, config, new OncePerBakeTemplateEngine(store, config));
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "localoffer-render");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void render(DocumentModel content) {
        pending.add(workers.submit(() -> {
            super.render(content);
            return null;
        }));
    }

    /** Waits for every page handed over so far; returns the failures, in the order pages were handed over. */
    List<Throwable> finish() throws InterruptedException {
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        pending.clear();
        return failures;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
