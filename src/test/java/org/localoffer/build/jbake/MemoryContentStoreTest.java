package org.localoffer.build.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Date;
import java.util.List;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store answers jbake's questions as its OrientDB queries would, from memory. */
class MemoryContentStoreTest {

    private final MemoryContentStore store = new MemoryContentStore();

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
    void startsAndUpdatesItsSchemaAsJbakesOvenDoesWithoutOpeningADatabase() {
        store.startup();
        store.updateSchema(); // final in jbake: it asks the session's schema whether jbake's classes exist
        assertTrue(store.isActive());
        store.startup(); // a second bake with the same store finds it started
        store.updateSchema();
    }

    @Test
    void theSessionUnderTheStoreRefusesEverythingButTheSchemaQuestion() throws Exception {
        store.startup();
        Field db = ContentStore.class.getDeclaredField("db");
        db.setAccessible(true);
        Object session = db.get(store);
        Method getMetadata = db.getType().getMethod("getMetadata");
        Object metadata = getMetadata.invoke(session);
        Method getSchema = getMetadata.getReturnType().getMethod("getSchema");
        Object schema = getSchema.invoke(metadata);
        assertEquals(true, getSchema.getReturnType().getMethod("existsClass", String.class).invoke(schema, "Documents"));

        // If a newer jbake used the database anywhere else, it would fail here and in every bake, not quietly.
        Method query = db.getType().getMethod("query", String.class, Object[].class);
        InvocationTargetException refused = assertThrows(InvocationTargetException.class,
                () -> query.invoke(session, "select from Documents", new Object[0]));
        assertInstanceOf(UnsupportedOperationException.class, refused.getCause());
        assertTrue(refused.getCause().getMessage().contains("ODatabaseSession.query"), refused.getCause().getMessage());
        Method countClasses = getSchema.getReturnType().getMethod("countClasses");
        assertThrows(InvocationTargetException.class, () -> countClasses.invoke(schema));
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
