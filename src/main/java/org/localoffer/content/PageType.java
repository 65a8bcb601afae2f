package org.localoffer.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of page an editor can write; each has its own template, templates/&lt;id&gt;.ftlh. */
public enum PageType {
    SERVICE("service"),
    GUIDE("guide"),
    NEWS("news"),
    PAGE("page");

    private final String id;

    PageType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PageType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(PageType::id).toList();
    }
}
