package org.localoffer.yaml;

import java.util.Optional;
import org.localoffer.problem.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Parses YAML text into a node tree that remembers line numbers. YAML 1.2 rules apply, so
 * {@code no} and {@code on} stay words. Syntax errors become problems with the file's line.
 */
public final class YamlDocument {

    private YamlDocument() {
    }

    /**
     * @param path      file path shown to the editor
     * @param text      the YAML text
     * @param firstLine the file line on which {@code text} starts (1 for a whole file)
     */
    public static Optional<Node> parse(String path, String text, int firstLine, Problems problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(path).setMaxAliasesForCollections(10).build();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
            String what = e.getProblem() == null ? "the YAML cannot be read" : e.getProblem();
            problems.error(path, line, "this YAML cannot be read: " + what + ". "
                    + "Check the colons, quotes and indentation on this line and the one before; "
                    + "put text containing a colon in double quotes.");
        } catch (YamlEngineException e) {
            problems.error(path, firstLine, "this YAML cannot be read: " + e.getMessage()
                    + ". Check the colons, quotes and indentation.");
        }
        return Optional.empty();
    }

    /** Parses text whose top level must be a mapping ({@code key: value} lines). */
    public static Optional<YamlMapping> parseMapping(String path, String text, int firstLine, Problems problems,
                                                     String whatItHolds) {
        Optional<Node> root = parse(path, text, firstLine, problems);
        if (root.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(path, firstLine, "there are no settings here. Add " + whatItHolds + ".");
            }
            return Optional.empty();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problems.error(path, YamlMapping.lineOf(root.get(), firstLine),
                    "this should be a list of 'key: value' lines. Write " + whatItHolds + " as 'key: value' lines.");
            return Optional.empty();
        }
        return Optional.of(new YamlMapping(path, mapping, firstLine, problems));
    }

    /** Parses text whose top level must be a list of mappings ({@code - key: value}). */
    public static Optional<SequenceNode> parseSequence(String path, String text, int firstLine, Problems problems,
                                                       String whatItHolds) {
        Optional<Node> root = parse(path, text, firstLine, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof SequenceNode sequence)) {
            problems.error(path, YamlMapping.lineOf(root.get(), firstLine),
                    "this should be a list. Start each entry of " + whatItHolds + " with '- '.");
            return Optional.empty();
        }
        return Optional.of(sequence);
    }
}
