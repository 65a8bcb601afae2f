package org.localoffer.build.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Date;
import java.util.List;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store answers jbake's questions as its OrientDB queries would, from memory. */
class MemoryContentStoreTest {

    private final MemoryContentStore store = MemoryContentStore.shared();

    @AfterEach
    void forget() {
        store.close();
    }

    private static DocumentModel doc(String uri, String type, Long day, String status) {
        DocumentModel d = new DocumentModel();
        d.setSourceUri(uri);
        d.setUri(uri);
        d.setType(type);
        d.setStatus(status);
        d.setRendered(false);
        if (day != null) {
            d.setDate(new Date(day * 86_400_000L));
        }
        return d;
    }

    private static List<String> uris(List<DocumentModel> docs) {
        return docs.stream().map(DocumentModel::getSourceuri).toList();
    }

    @Test
    void theDatabaseOpenedWhileContentIsReadServesTheBakesOwnThread() throws Exception {
        MemoryContentStore.warmUpInBackground();
        // jbake's Oven starts the store and updates its schema on the bake's thread, not the warm-up's.
        Thread bake = new Thread(() -> {
            store.startup();
            store.updateSchema();
        });
        Throwable[] failure = new Throwable[1];
        bake.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
        bake.start();
        bake.join();
        assertEquals(null, failure[0]);
        assertSame(store, MemoryContentStore.shared());
        store.startup(); // a second bake in the same process finds it open
        store.updateSchema();
    }

    @Test
    void listsATypeNewestFirstWithUndatedPagesLastInTheOrderAdded() {
        store.addDocument(doc("a.html", "service", null, ModelAttributes.Status.PUBLISHED));
        store.addDocument(doc("b.html", "service", 10L, ModelAttributes.Status.PUBLISHED));
        store.addDocument(doc("c.html", "guide", 30L, ModelAttributes.Status.PUBLISHED));
        store.addDocument(doc("d.html", "service", 20L, ModelAttributes.Status.DRAFT));
        store.addDocument(doc("e.html", "service", null, ModelAttributes.Status.PUBLISHED));

        assertEquals(List.of("d.html", "b.html", "a.html", "e.html"), uris(store.getAllContent("service")));
        assertEquals(List.of("b.html", "a.html", "e.html"), uris(store.getPublishedContent("service")));
        assertEquals(4, store.getDocumentCount("service"));
        assertEquals(3, store.getPublishedCount("service"));
        assertEquals(2, store.getAllContent("service").indexOf(store.getDocumentByUri("a.html").get(0)));
    }

    @Test
    void pagesMarkedRenderedAreNotRenderedAgainAndDeletedPagesAreGone() {
        store.addDocument(doc("a.html", "service", 1L, ModelAttributes.Status.PUBLISHED));
        store.addDocument(doc("b.html", "service", 2L, ModelAttributes.Status.PUBLISHED));
        store.markContentAsRendered(store.getDocumentByUri("b.html").get(0));

        assertEquals(List.of("a.html"), uris(store.getUnrenderedContent()));

        store.deleteContent("a.html");
        assertEquals(List.of("b.html"), uris(store.getAllContent("service")));
        assertEquals(List.of(), uris(store.getDocumentStatus("a.html")));
    }
}
