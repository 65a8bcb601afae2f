package org.localoffer.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Writes flexmark's text nodes exactly as its own renderer does, but without three regex passes over
 * text that has nothing to change. Flexmark unescapes a text (backslashes, entities), turns "\r" line
 * ends into "\n" and escapes {@code & < > "}; a text with none of {@code \ & \r < > "} comes out of all
 * three as it went in, so it is written as it is. Any other text takes flexmark's own way.
 */
final class PlainTextRenderer implements NodeRenderer {

    static final NodeRendererFactory FACTORY = new NodeRendererFactory() {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new PlainTextRenderer();
        }
    };

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
    }

    private void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String plain = plainText(node.getChars());
        if (plain != null) {
            html.raw(plain);
        } else {
            // CoreNodeRenderer's own rendering of a Text node.
            html.text(Escaping.normalizeEOL(node.getChars().unescape()));
        }
    }

    /** The text itself when flexmark's unescaping, line-end and HTML escaping would leave it unchanged, else null. */
    static String plainText(BasedSequence chars) {
        // A SubSequence is a plain range of its base; copying that range is much cheaper than its own toString.
        String s = chars instanceof SubSequence && chars.getBase() instanceof String base
                ? base.substring(chars.getStartOffset(), chars.getEndOffset())
                : chars.toString();
        for (int i = 0, n = s.length(); i < n; i++) {
            switch (s.charAt(i)) {
                case '\\', '&', '\r', '<', '>', '"' -> {
                    return null;
                }
                default -> {
                }
            }
        }
        return s;
    }
}
