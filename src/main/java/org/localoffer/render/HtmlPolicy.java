package org.localoffer.render;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one allow-list for HTML in content: what Markdown produces plus a few accessible
 * extras. No script, no style, no event handlers, no javascript: URLs.
 */
public final class HtmlPolicy {

    public static final Set<String> LINK_PROTOCOLS = Set.of("http", "https", "mailto", "tel");

    /**
     * One allow-list shared by every page. Nothing changes it after it is built, and jsoup's Cleaner only
     * reads it, so it is safe to share between threads. Code that needs to change a list calls {@link #safelist()}.
     */
    static final Safelist SHARED = safelist();
    /** Holds nothing but the shared allow-list, so it too is safe to share between threads. */
    static final Cleaner CLEANER = new Cleaner(SHARED);
    /** Per tag name: whether the allow-list adds no attributes to it; asked once per tag, not per element. */
    private static final Map<String, Boolean> ADDS_NOTHING = new ConcurrentHashMap<>();

    private HtmlPolicy() {
    }

    /**
     * The body of {@code dirty} as the allow-list leaves it. The Cleaner copies every node into a new
     * document; when it would copy each one as it is, the body already is that copy and is returned itself.
     */
    static Element clean(Document dirty) {
        Element body = dirty.body();
        return keepsAsItIs(body) ? body : CLEANER.clean(dirty).body();
    }

    /**
     * True when the Cleaner would keep every node under {@code root} unchanged: only plain text and
     * elements, each with an allowed tag and only allowed attributes (checked by the Cleaner's own
     * test, which also checks link protocols), and no attributes that the allow-list adds. Anything else
     * (comments, data, a removed tag or attribute) goes through the Cleaner.
     */
    static boolean keepsAsItIs(Element root) {
        // A walk in document order without recursion, so deep nesting cannot overflow the stack.
        Node node = root.firstChild();
        while (node != null) {
            if (!keptAsItIs(node)) {
                return false;
            }
            Node next = node.firstChild();
            if (next == null) {
                while (node != root && node.nextSibling() == null) {
                    node = node.parentNode();
                }
                next = node == root ? null : node.nextSibling();
            }
            node = next;
        }
        return true;
    }

    /** Whether the Cleaner copies this one node, without its children, as it is. */
    private static boolean keptAsItIs(Node node) {
        if (node.getClass() == TextNode.class) {
            return true;
        }
        if (node.getClass() != Element.class) {
            return false;
        }
        Element e = (Element) node;
        String name = e.normalName();
        if (!SHARED.isSafeTag(name)
                || !ADDS_NOTHING.computeIfAbsent(name, n -> SHARED.getEnforcedAttributes(n).size() == 0)) {
            return false;
        }
        if (e.attributesSize() > 0) {
            for (Attribute a : e.attributes()) {
                if (!SHARED.isSafeAttribute(e.tagName(), e, a)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A new, changeable copy of the allow-list. */
    public static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("abbr", "hr", "details", "summary", "mark", "figure", "figcaption", "span", "div")
                .addAttributes("abbr", "title")
                .addAttributes("th", "scope")
                .addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id")
                .addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("a", "hreflang")
                .addAttributes(":all", "lang")
                .removeProtocols("a", "href", "ftp")
                .addProtocols("a", "href", "tel")
                .removeProtocols("img", "src", "http")
                .preserveRelativeLinks(true);
    }
}
