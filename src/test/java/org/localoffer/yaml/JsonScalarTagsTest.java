package org.localoffer.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localoffer.problem.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import org.localoffer.testing.RandomText;

/**
 * {@link JsonScalarTags} gives every scalar the tag snakeyaml-engine's JSON schema gives it, and documents read with
 * the shared settings are the trees, and the problems, that reading each with its own labelled settings gave.
 */
class JsonScalarTagsTest {


    @Test
    void tagsAreTheLibrarysJsonSchemaTags() {
        JsonScalarResolver library = new JsonScalarResolver();
        JsonScalarTags tags = new JsonScalarTags();
        List<String> values = new ArrayList<>(List.of("", "null", "Null", "NULL", "~", "true", "false", "True", "tru",
                "falsey", "0", "-0", "00", "01", "-", "--1", "12", "-12", "1.", "1.5", ".5", "1e5", "1E+5", "1e-", "1.2e3",
                "0.0e0", ".inf", "-.inf", "+.inf", ".nan", "-.nan", ".Inf", "${HOME}", "${ A:-b }", "$x", "2026-09-01",
                "0100 496 0000", "no", "on", "yes", "x", " 1", "1 ", "١٢"));
        Random r = new Random(9);
        for (int i = 0; i < 200_000; i++) {
            values.add(RandomText.of(r, i % 2 == 0 ? "-+.0123456789eE" : "-+.019eEinfatrulsn$ {}_:?AB", r.nextInt(8)));
        }
        for (String v : values) {
            assertEquals(library.resolve(v, true), tags.resolve(v, true), v);
            assertEquals(library.resolve(v, false), tags.resolve(v, false), v);
        }
    }

    private static String dump(Optional<Node> node) {
        StringBuilder out = new StringBuilder();
        node.ifPresent(n -> dump(n, out, 0));
        return out.toString();
    }

    /** A node and, down to some depth (an alias may make a sequence hold itself), its children. */
    private static void dump(Node node, StringBuilder out, int depth) {
        out.append(node.getClass().getSimpleName()).append(' ').append(node.getTag())
                .append(node.getStartMark().map(m -> " " + m.getLine() + ":" + m.getColumn()).orElse(""))
                .append(node.getEndMark().map(m -> "-" + m.getLine() + ":" + m.getColumn()).orElse(""));
        if (node instanceof ScalarNode s) {
            out.append(" '").append(s.getValue()).append("' ").append(s.getScalarStyle());
        } else if (depth > 10) {
            out.append(" ...");
        } else if (node instanceof SequenceNode seq) {
            out.append(" [");
            seq.getValue().forEach(item -> dump(item, out.append(' '), depth + 1));
            out.append(" ]");
        } else if (node instanceof MappingNode map) {
            out.append(" {");
            for (NodeTuple t : map.getValue()) {
                dump(t.getKeyNode(), out.append(' '), depth + 1);
                dump(t.getValueNode(), out.append(" : "), depth + 1);
            }
            out.append(" }");
        }
        out.append('\n');
    }

    @Test
    void documentsAreReadAsWithTheirOwnSettings() {
        String[] pieces = {"title: A page\n", "type: service\n", "ages: {from: 0, to: 16}\n", "areas: [north, south]\n",
            "- a\n", "  - b\n", "key: \"quoted: 1\"\n", "n: null\n", "e:\n", "t: true\n", "f: 1.5e3\n", "d: 2026-09-01\n",
            "x: &a [1]\n", "y: *a\n", "z: *b\n", "'single': 'x'\n", "  nested: 1\n", "bad: [\n", "bad: {a\n", ": x\n",
            "\t", "# comment\n", "---\n", "...\n", "? complex\n", "k: |\n  block\n", "v: ${HOME}\n", "@x\n", "%YAML 1.2\n",
            "k: v: w\n", "dup: 1\n", "dup: 2\n", "é: ü\n", "\"unterminated\n", "!!str 5\n", "k: !!int x\n"};
        Random r = new Random(10);
        List<String> texts = new ArrayList<>(List.of("", "a: 1", "- x", "[", "a: *b", "x: &a [*a]"));
        StringBuilder aliases = new StringBuilder("a: &a [x]\nb: [");
        for (int i = 0; i < 12; i++) {
            aliases.append(i == 0 ? "" : ", ").append("*a");
        }
        texts.add(aliases.append("]\n").toString());
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(8);
            for (int k = 0; k < n; k++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            texts.add(b.toString());
        }
        int failed = 0;
        for (String text : texts) {
            Problems expected = new Problems();
            Problems actual = new Problems();
            // As before the settings were shared: each document with settings of its own and the library's schema.
            String before = dump(YamlDocument.parseWithOwnSettings("content/a.md", text, 2, expected));
            assertEquals(before, dump(YamlDocument.parse("content/a.md", text, 2, actual)), text);
            assertEquals(expected.sorted(), actual.sorted(), text);
            failed += expected.hasErrors() ? 1 : 0;
        }
        assertEquals(true, failed > 2_000 && failed < texts.size() - 2_000, "documents that cannot be read: " + failed);
    }
}
