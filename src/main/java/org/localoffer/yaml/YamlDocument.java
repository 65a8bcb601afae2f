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
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.JsonSchema;

/**
 * Parses YAML text into a node tree that remembers line numbers. YAML 1.2 rules apply, so
 * {@code no} and {@code on} stay words. Syntax errors become problems with the file's line.
 */
public final class YamlDocument {

    /**
     * The settings every document is read with. Making them makes a schema with its resolvers, which cost as much as
     * reading a page's front matter, so they are made once; they hold no file name, so a document that cannot be
     * read is read again with its own. The JSON schema's tags are found without regexes ({@link JsonScalarTags}).
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder().setMaxAliasesForCollections(10)
            .setSchema(new JsonSchema() {
                private final ScalarResolver tags = new JsonScalarTags();

                @Override
                public ScalarResolver getScalarResolver() {
                    return tags;
                }
            }).build();

    private YamlDocument() {
    }

    /**
     * @param path      file path shown to the editor
     * @param text      the YAML text
     * @param firstLine the file line on which {@code text} starts (1 for a whole file)
     */
    public static Optional<Node> parse(String path, String text, int firstLine, Problems problems) {
        try {
            return new Compose(SETTINGS).composeString(text);
        } catch (YamlEngineException unlabelled) {
            // Read again as before, with the file's path as the label, so that what is reported is the same.
        }
        return parseWithOwnSettings(path, text, firstLine, problems);
    }

    /**
     * Reads a document as every document was read before the settings were shared: with settings of its own,
     * labelled with its path, and the library's own JSON schema. Used for a document the shared settings cannot
     * read, so that what is reported names the file.
     */
    static Optional<Node> parseWithOwnSettings(String path, String text, int firstLine, Problems problems) {
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
