package org.localoffer.build.jbake;

import java.util.HashMap;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * jbake's in-memory store, with one seam replaced: its document renderer asks for every page
 * of a type once per page it renders (to find previous and next links), which makes a bake
 * grow with the square of the page count. Between changes the answer is the same, so it is
 * kept. A later change can replace the store entirely behind this class.
 */
final class TypeCachingContentStore extends ContentStore {

    private final Map<String, DocumentList<DocumentModel>> allByType = new HashMap<>();

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
        super.addDocument(document);
    }

    @Override
    public void deleteContent(String uri) {
        allByType.clear();
        super.deleteContent(uri);
    }
}
