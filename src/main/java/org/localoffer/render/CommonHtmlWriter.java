package org.localoffer.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Writes the HTML that flexmark's own renderer writes for the common kinds of Markdown (paragraphs,
 * headings, lists, quotes, tables, emphasis, code and plain links) straight into one StringBuilder.
 * Flexmark passes every character of its output through a line formatter one at a time, which was
 * a third of the Markdown stage. A document with anything else in it (raw HTML, images, attributes,
 * code blocks, entities in links...) is left to flexmark: {@link #write} returns null. The tests
 * compare the two on many random documents.
 */
final class CommonHtmlWriter {

    /** The node classes this writer handles; exact classes, so a subclass with its own rendering is not taken for one. */
    private static final Set<Class<?>> HANDLED = Set.of(Document.class, Paragraph.class, Text.class, SoftLineBreak.class,
            HardLineBreak.class, HtmlEntity.class, Emphasis.class, StrongEmphasis.class, Code.class, Heading.class, BulletList.class,
            OrderedList.class, BulletListItem.class, OrderedListItem.class, BlockQuote.class, ThematicBreak.class, Link.class,
            TableBlock.class, TableHead.class, TableSeparator.class, TableBody.class, TableRow.class, TableCell.class);
    /** Deeper documents are left to flexmark, so this writer's recursion stays shallow. */
    private static final int MAX_DEPTH = 40;

    private final DataHolder options;
    private final ListOptions listOptions;
    private final boolean unescapeEntities;

    CommonHtmlWriter(DataHolder options) {
        this.options = options;
        this.listOptions = ListOptions.get(options);
        this.unescapeEntities = HtmlRenderer.UNESCAPE_HTML_ENTITIES.get(options);
    }

    /** Flexmark's HTML for {@code document}, or null when it has a node this writer does not handle. */
    String write(Document document) {
        if (!handles(document, 0)) {
            return null;
        }
        HeaderIdGenerator ids = new HeaderIdGenerator(options);
        ids.generateIds(document);
        Out out = new Out(new StringBuilder(document.getChars().length() + 256), ids);
        if (!out.children(document)) {
            return null;
        }
        out.line();
        return out.sb.toString();
    }

    private static boolean handles(Node node, int depth) {
        if (depth > MAX_DEPTH || !HANDLED.contains(node.getClass())) {
            return false;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!handles(child, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** One document's output, with the part of flexmark's line formatting that these nodes use. */
    private final class Out {
        final StringBuilder sb;
        final HeaderIdGenerator ids;
        /** Where the current line starts in {@link #sb}. */
        int lineStart;
        /** Whether the current line has only spaces and tabs so far; flexmark drops spaces there. */
        boolean lineBlank = true;

        Out(StringBuilder sb, HeaderIdGenerator ids) {
            this.sb = sb;
            this.ids = ids;
        }

        /** Ends the current line unless it is empty, as flexmark's line() does. */
        void line() {
            if (sb.length() > lineStart) {
                newline();
            }
        }

        void newline() {
            sb.append('\n');
            lineStart = sb.length();
            lineBlank = true;
        }

        /** Appends text as flexmark's formatter does: spaces at the start of a line are dropped. */
        void append(String s) {
            int n = s.length();
            int i = 0;
            while (i < n && lineBlank) {
                char c = s.charAt(i++);
                if (c == '\n') {
                    newline();
                } else if (c == '\t') {
                    sb.append(c);
                } else if (c != ' ') {
                    sb.append(c);
                    lineBlank = false;
                }
            }
            if (i == n) {
                return;
            }
            int eol = s.indexOf('\n', i);
            if (eol < 0) {
                sb.append(s, i, n);
                return;
            }
            sb.append(s, i, eol);
            newline();
            append(s.substring(eol + 1));
        }

        /** A tag (or other markup without spaces); it is never at a line's start after spaces only, as no text is. */
        void tag(String markup) {
            sb.append(markup);
            lineBlank = false;
        }

        boolean children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                if (!node(child)) {
                    return false;
                }
            }
            return true;
        }

        /** Writes one node; false if it turns out to need flexmark after all. */
        boolean node(Node node) {
            if (node instanceof Text) {
                String plain = PlainTextRenderer.plainText(node.getChars());
                append(plain != null ? plain : Escaping.escapeHtml(Escaping.normalizeEOL(node.getChars().unescape()), false));
                return true;
            } else if (node instanceof HtmlEntity) {
                // As flexmark's CoreNodeRenderer writes an entity.
                append(unescapeEntities ? Escaping.escapeHtml(node.getChars().unescape(), false) : node.getChars().unescapeNoEntities());
                return true;
            } else if (node instanceof Paragraph p) {
                return paragraph(p);
            } else if (node instanceof SoftLineBreak) {
                append("\n");
                return true;
            } else if (node instanceof HardLineBreak) {
                tag("<br />");
                line();
                return true;
            } else if (node instanceof Emphasis) {
                return inline(node, "em");
            } else if (node instanceof StrongEmphasis) {
                return inline(node, "strong");
            } else if (node instanceof Code code) {
                tag("<code>");
                append(Escaping.escapeHtml(Escaping.collapseWhitespace(code.getText(), true), false));
                tag("</code>");
                return true;
            } else if (node instanceof Link link) {
                return link(link);
            } else if (node instanceof Heading h) {
                return heading(h);
            } else if (node instanceof BulletList) {
                return indented(node, "ul", "ul");
            } else if (node instanceof OrderedList ol) {
                // As flexmark's CoreNodeRenderer writes a list's start.
                boolean start = listOptions.isOrderedListManualStart() && ol.getStartNumber() != 1;
                return indented(node, start ? "ol start=\"" + ol.getStartNumber() + "\"" : "ol", "ol");
            } else if (node instanceof ListItem item) {
                if (item.getMarkerSuffix() != null && !item.getMarkerSuffix().isEmpty()) {
                    return false;
                }
                return lineTag(node, "li");
            } else if (node instanceof BlockQuote) {
                line();
                tag("<blockquote>");
                line();
                boolean ok = children(node);
                line();
                tag("</blockquote>");
                line();
                return ok;
            } else if (node instanceof ThematicBreak) {
                line();
                tag("<hr />");
                line();
                return true;
            } else if (node instanceof TableBlock) {
                line();
                tag("<table>");
                line();
                boolean ok = children(node);
                line();
                tag("</table>");
                line();
                return ok;
            } else if (node instanceof TableHead) {
                return lineTag(node, "thead");
            } else if (node instanceof TableBody) {
                return lineTag(node, "tbody");
            } else if (node instanceof TableRow) {
                return lineTag(node, "tr");
            } else if (node instanceof TableCell cell) {
                String name = cell.isHeader() ? "th" : "td";
                if (cell.getAlignment() == null) {
                    return inline(node, name);
                }
                // As flexmark's TableNodeRenderer writes an aligned cell.
                tag("<" + name + " align=\"" + cell.getAlignment().name().toLowerCase(java.util.Locale.ROOT) + "\">");
                boolean ok = children(node);
                tag("</" + name + ">");
                return ok;
            } else if (node instanceof TableSeparator) {
                return true;
            }
            return false;
        }

        private boolean paragraph(Paragraph p) {
            boolean rendering = false;
            for (Node child = p.getFirstChild(); child != null; child = child.getNext()) {
                rendering |= !(child instanceof com.vladsch.flexmark.util.ast.NonRenderingInline);
            }
            if (!rendering) {
                return true;
            }
            if (p.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(p, listOptions, options)) {
                return children(p);
            }
            return lineTag(p, "p");
        }

        private boolean heading(Heading h) {
            String id = ids.getId(h);
            line();
            if (id != null && !id.isEmpty()) {
                if (!isPlainAttribute(id)) {
                    return false;
                }
                tag("<h" + h.getLevel() + " id=\"" + id + "\">");
            } else {
                tag("<h" + h.getLevel() + ">");
            }
            boolean ok = children(h);
            tag("</h" + h.getLevel() + ">");
            line();
            return ok;
        }

        private boolean link(Link link) {
            String url = link.getUrl().unescape();
            if (!isPlainUrl(url)) {
                return false;
            }
            BasedSequence title = link.getTitle();
            if (title.isNotNull()) {
                String t = title.unescape();
                if (!isPlainAttribute(t)) {
                    return false;
                }
                tag("<a href=\"" + url + "\" title=\"" + t + "\">");
            } else {
                tag("<a href=\"" + url + "\">");
            }
            boolean ok = children(link);
            tag("</a>");
            return ok;
        }

        /** flexmark's tag(): the tag, its children, its end tag, with no lines of its own. */
        private boolean inline(Node node, String name) {
            tag("<" + name + ">");
            boolean ok = children(node);
            tag("</" + name + ">");
            return ok;
        }

        /** flexmark's tagLine(): the same, on lines of their own. */
        private boolean lineTag(Node node, String name) {
            line();
            boolean ok = inline(node, name);
            line();
            return ok;
        }

        /** flexmark's tagIndent() with no indent: the tags on lines of their own, the children between them. */
        private boolean indented(Node node, String open, String name) {
            line();
            tag("<" + open + ">");
            line();
            boolean ok = children(node);
            line();
            tag("</" + name + ">");
            line();
            return ok;
        }
    }

    /** An attribute value flexmark writes as it is: no character its escaping would change. */
    static boolean isPlainAttribute(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\\' || c < ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * A link address flexmark writes as it is: a relative address, an anchor or an http(s), mailto or tel one,
     * made only of characters that neither its link handling nor its escaping changes.
     */
    static boolean isPlainUrl(String url) {
        int colon = url.indexOf(':');
        if (colon >= 0 && !(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:")
                || url.startsWith("tel:"))) {
            return false;
        }
        for (int i = 0, n = url.length(); i < n; i++) {
            char c = url.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ".-_~/#?=@+:,;!*()'$".indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
