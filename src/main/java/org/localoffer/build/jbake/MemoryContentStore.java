package org.localoffer.build.jbake;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * jbake's content store, answered from memory. Stock jbake keeps every page in an OrientDB
 * database and, for each page it renders, runs a query that loads and sorts every page of the
 * same type: a bake grows with the square of the page count (23 minutes for 10,000 pages). Here
 * each question is a map look-up or one pass over a list kept in date order.
 *
 * <p>No database is opened. jbake's {@code Oven} still calls the store's final
 * {@code updateSchema()}, which asks an OrientDB session's schema about jbake's classes; a
 * {@link SchemaOnlySession} answers that. Opening a real, empty, in-memory OrientDB cost 0.6 s
 * of CPU or more at every start. Callers bake one site at a time with a store of their own.
 */
final class MemoryContentStore extends ContentStore {

    /** Newest first, as jbake's "order by date desc"; pages without a date last, in the order added. */
    private static final Comparator<DocumentModel> NEWEST_FIRST = Comparator.comparing(DocumentModel::getDate,
            Comparator.nullsLast(Comparator.<Date>reverseOrder()));

    private final Map<String, DocumentModel> bySource = new LinkedHashMap<>();
    private final Map<String, DocumentList<DocumentModel>> byType = new HashMap<>();
    private boolean started;

    MemoryContentStore() {
        super("memory", "localoffer");
    }

    @Override
    public synchronized void startup() {
        if (!started) {
            SchemaOnlySession.install(this);
            started = true;
        }
    }

    @Override
    public void close() {
        forget();
    }

    @Override
    public void shutdown() {
        forget();
    }

    @Override
    public void drop() {
        forget();
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        forget(); // every bake starts from the pages it is given: there is no cache to keep
    }

    private void forget() {
        bySource.clear();
        byType.clear();
    }

    @Override
    public void addDocument(DocumentModel document) {
        bySource.put(document.getSourceuri(), document);
        byType.remove(document.getType());
    }

    @Override
    public void deleteContent(String uri) {
        DocumentModel removed = bySource.remove(uri);
        if (removed != null) {
            byType.remove(removed.getType());
        }
    }

    @Override
    public void deleteAllByDocType(String docType) {
        bySource.values().removeIf(d -> docType.equals(d.getType()));
        byType.remove(docType);
    }

    @Override
    public long getDocumentCount(String docType) {
        return getAllContent(docType).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return getPublishedContent(docType).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return listOf(bySource.get(uri));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return listOf(bySource.get(uri));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return byType.computeIfAbsent(docType, type -> new IndexedDocumentList(select(d -> type.equals(d.getType()))));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return page(getAllContent(docType), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        DocumentList<DocumentModel> out = new DocumentList<>();
        getAllContent(docType).stream().filter(MemoryContentStore::published).forEach(out::add);
        return out;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return page(getPublishedContent("post"), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(d -> "post".equals(d.getType()) && published(d) && hasTag(d, tag));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return select(d -> published(d) && hasTag(d, tag));
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(d -> !Boolean.TRUE.equals(d.getRendered()));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        DocumentModel stored = bySource.get(document.getSourceuri());
        if (stored != null) {
            stored.setRendered(true);
        }
    }

    @Override
    public Set<String> getTags() {
        return tags(d -> "post".equals(d.getType()));
    }

    @Override
    public Set<String> getAllTags() {
        return tags(d -> true);
    }

    @Override
    public boolean isActive() {
        return started;
    }

    private Set<String> tags(Predicate<DocumentModel> which) {
        Set<String> out = new TreeSet<>();
        for (DocumentModel d : bySource.values()) {
            if (published(d) && which.test(d) && d.getTags() != null) {
                out.addAll(List.of(d.getTags()));
            }
        }
        return out;
    }

    private DocumentList<DocumentModel> select(Predicate<DocumentModel> which) {
        List<DocumentModel> matching = new ArrayList<>();
        for (DocumentModel d : bySource.values()) {
            if (which.test(d)) {
                matching.add(d);
            }
        }
        matching.sort(NEWEST_FIRST);
        DocumentList<DocumentModel> out = new DocumentList<>();
        out.addAll(matching);
        return out;
    }

    private DocumentList<DocumentModel> page(DocumentList<DocumentModel> all, boolean applyPaging) {
        if (!applyPaging || getStart() < 0 || getLimit() < 0) {
            return all;
        }
        DocumentList<DocumentModel> out = new DocumentList<>();
        all.stream().skip(getStart()).limit(getLimit()).forEach(out::add);
        return out;
    }

    private static DocumentList<DocumentModel> listOf(DocumentModel document) {
        DocumentList<DocumentModel> out = new DocumentList<>();
        if (document != null) {
            out.add(document);
        }
        return out;
    }

    private static boolean published(DocumentModel d) {
        return ModelAttributes.Status.PUBLISHED.equals(d.getStatus());
    }

    private static boolean hasTag(DocumentModel d, String tag) {
        return d.getTags() != null && List.of(d.getTags()).contains(tag);
    }

    /**
     * jbake's renderer looks each page up in its type's list by position and by equality; a
     * linked list walks and compares whole pages. An index by source path answers at once.
     */
    static final class IndexedDocumentList extends DocumentList<DocumentModel> {
        private final ArrayList<DocumentModel> byPosition;
        private final Map<String, Integer> positionBySource = new HashMap<>();

        IndexedDocumentList(DocumentList<DocumentModel> documents) {
            addAll(documents);
            byPosition = new ArrayList<>(documents);
            for (int i = 0; i < byPosition.size(); i++) {
                positionBySource.putIfAbsent(byPosition.get(i).getSourceuri(), i);
            }
        }

        @Override
        public DocumentModel get(int index) {
            return byPosition.get(index);
        }

        @Override
        public int indexOf(Object o) {
            if (o instanceof DocumentModel d && d.getSourceuri() != null) {
                Integer i = positionBySource.get(d.getSourceuri());
                if (i != null && byPosition.get(i) == d) {
                    return i;
                }
            }
            return super.indexOf(o);
        }
    }
}
