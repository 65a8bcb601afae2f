package org.localoffer.build.jbake;

import java.util.HashMap;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * jbake's in-memory store, with the seams that made a bake grow with the square of the page
 * count answered from memory instead of by unindexed OrientDB queries:
 * <ul>
 * <li>the renderer asks for every page of a type once per page it renders (to find previous
 * and next links); between changes the answer is the same, so it is kept and indexed;</li>
 * <li>the crawler asks for each file's status by source path, one query per file;</li>
 * <li>the renderer marks each page as rendered with an update that scans every page.</li>
 * </ul>
 * Each bake uses a new store, so these in-memory answers are the whole truth for that bake.
 */
final class TypeCachingContentStore extends ContentStore {

    private final Map<String, DocumentList<DocumentModel>> allByType = new HashMap<>();
    private final Map<String, DocumentModel> statusBySource = new HashMap<>();
    private final java.util.Set<String> rendered = new java.util.HashSet<>();

    TypeCachingContentStore(String name) {
        super("memory", name);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return allByType.computeIfAbsent(docType, type -> new IndexedDocumentList(super.getAllContent(type)));
    }

    /**
     * The renderer then looks each page up in that list by position and by equality; a linked
     * list compares every page's whole map. An index by source path answers in constant time.
     */
    static final class IndexedDocumentList extends DocumentList<DocumentModel> {
        private final java.util.ArrayList<DocumentModel> byPosition;
        private final Map<String, Integer> positionBySource = new HashMap<>();

        IndexedDocumentList(DocumentList<DocumentModel> documents) {
            addAll(documents);
            byPosition = new java.util.ArrayList<>(documents);
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
                if (i != null && byPosition.get(i).equals(d)) {
                    return i;
                }
            }
            return super.indexOf(o);
        }
    }

    @Override
    public void addDocument(DocumentModel document) {
        allByType.clear();
        if (document.getSourceuri() != null) {
            DocumentModel status = new DocumentModel();
            status.setSha1(document.getSha1());
            status.setRendered(Boolean.TRUE.equals(document.get(org.jbake.model.ModelAttributes.RENDERED)));
            statusBySource.put(document.getSourceuri(), status);
        }
        super.addDocument(document);
    }

    @Override
    public void deleteContent(String uri) {
        allByType.clear();
        statusBySource.remove(uri);
        rendered.remove(uri);
        super.deleteContent(uri);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> out = new DocumentList<>();
        DocumentModel status = statusBySource.get(uri);
        if (status != null) {
            out.add(status);
        }
        return out;
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        rendered.add(document.getSourceuri());
        DocumentModel status = statusBySource.get(document.getSourceuri());
        if (status != null) {
            status.setRendered(true);
        }
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        DocumentList<DocumentModel> out = new DocumentList<>();
        for (DocumentModel d : super.getUnrenderedContent()) {
            if (!rendered.contains(d.getSourceuri())) {
                out.add(d);
            }
        }
        return out;
    }
}
