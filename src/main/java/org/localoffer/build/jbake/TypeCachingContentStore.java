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
        return allByType.computeIfAbsent(docType, super::getAllContent);
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
