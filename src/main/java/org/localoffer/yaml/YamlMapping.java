package org.localoffer.yaml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.localoffer.problem.Problems;
import org.localoffer.problem.Suggestions;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed, line-aware reading of one YAML mapping. Every wrong type, bad date or unknown key is
 * recorded as a problem at the line of the key, so one pass reports everything.
 */
public final class YamlMapping {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String path;
    private final MappingNode node;
    private final int firstLine;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    public YamlMapping(String path, MappingNode node, int firstLine, Problems problems) {
        this.path = path;
        this.node = node;
        this.firstLine = firstLine;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.error(path, lineOf(tuple.getKeyNode()), "a key must be a plain word. Write it as 'key: value'.");
                continue;
            }
            if (entries.containsKey(key.getValue())) {
                problems.error(path, lineOf(key), "'" + key.getValue() + "' is given twice (first on line "
                        + lineOf(entries.get(key.getValue()).getKeyNode()) + "). Keep one of them.");
                continue;
            }
            entries.put(key.getValue(), tuple);
        }
    }

    static int lineOf(Node n, int firstLine) {
        return n.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
    }

    public int lineOf(Node n) {
        return lineOf(n, firstLine);
    }

    /** The line of a key, or of the mapping itself when the key is absent. */
    public int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : lineOf(tuple.getKeyNode());
    }

    public int line() {
        return lineOf(node);
    }

    public String path() {
        return path;
    }

    public Problems problems() {
        return problems;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && !isNull(tuple.getValueNode());
    }

    /** Reports every key not in {@code allowed}, with a "did you mean" hint. */
    public void allowOnly(Collection<String> allowed, String where) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.error(path, lineOf(e.getValue().getKeyNode()), "unknown key '" + e.getKey() + "' in " + where + "."
                        + Suggestions.didYouMean(e.getKey(), allowed)
                        + " Remove it or correct the spelling; allowed keys are: " + String.join(", ", allowed) + ".");
            }
        }
    }

    /** Reports each key of {@code required} that is missing or empty. */
    public boolean requireAll(Collection<String> required, String where) {
        boolean ok = true;
        for (String key : required) {
            if (!has(key)) {
                ok = false;
                problems.error(path, entries.containsKey(key) ? lineOf(key) : line(),
                        "'" + key + "' is missing from " + where + ". Add a line '" + key + ": ...'.");
            }
        }
        return ok;
    }

    public Optional<String> text(String key) {
        return value(key).flatMap(v -> scalarText(key, v));
    }

    public Optional<Integer> integer(String key) {
        return value(key).flatMap(v -> scalarText(key, v).flatMap(s -> {
            try {
                return Optional.of(Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                problems.error(path, lineOf(v), "'" + key + "' must be a whole number, not '" + s + "'. Write digits only, like 5.");
                return Optional.empty();
            }
        }));
    }

    public Optional<Boolean> bool(String key) {
        return value(key).flatMap(v -> scalarText(key, v).flatMap(s -> {
            if (s.equals("true") || s.equals("false")) {
                return Optional.of(Boolean.parseBoolean(s));
            }
            problems.error(path, lineOf(v), "'" + key + "' must be true or false, not '" + s + "'. Write true or false.");
            return Optional.empty();
        }));
    }

    public Optional<LocalDate> date(String key) {
        return value(key).flatMap(v -> scalarText(key, v).flatMap(s -> {
            String t = s.trim();
            if (ISO_DATE.matcher(t).matches()) {
                try {
                    // The same as LocalDate.parse(t) for yyyy-mm-dd, whose strict rules LocalDate.of applies too.
                    return Optional.of(LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10),
                            Integer.parseInt(t, 8, 10, 10)));
                } catch (DateTimeException e) {
                    // falls through to the message below
                }
            }
            problems.error(path, lineOf(v), "'" + key + "' is not a real date: '" + s
                    + "'. Write the date as year-month-day, like 2026-09-01.");
            return Optional.empty();
        }));
    }

    /** A list of words; a single word is accepted as a list of one. */
    public List<String> textList(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) {
            return List.of();
        }
        Node n = v.get();
        if (n instanceof ScalarNode) {
            return scalarText(key, n).map(List::of).orElse(List.of());
        }
        if (n instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !isNull(s)) {
                    out.add(s.getValue().trim());
                } else {
                    problems.error(path, lineOf(item), "each item of '" + key + "' must be a single word or phrase. "
                            + "Write the list as [a, b] or one '- item' per line.");
                }
            }
            return out;
        }
        problems.error(path, lineOf(n), "'" + key + "' must be a list. Write it as [a, b] or one '- item' per line.");
        return List.of();
    }

    public Optional<YamlMapping> mapping(String key) {
        return value(key).flatMap(v -> {
            if (v instanceof MappingNode m) {
                return Optional.of(new YamlMapping(path, m, firstLine, problems));
            }
            problems.error(path, lineOf(v), "'" + key + "' must be a group of 'name: value' settings. "
                    + "Write it as {name: value, ...} or as indented lines below '" + key + ":'.");
            return Optional.empty();
        });
    }

    public List<YamlMapping> mappingList(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof SequenceNode seq)) {
            problems.error(path, lineOf(v.get()), "'" + key + "' must be a list. Start each entry with '- '.");
            return List.of();
        }
        return sequenceOfMappings(path, seq, firstLine, problems, key);
    }

    public static List<YamlMapping> sequenceOfMappings(String path, SequenceNode seq, int firstLine,
                                                       Problems problems, String what) {
        List<YamlMapping> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
                out.add(new YamlMapping(path, m, firstLine, problems));
            } else {
                problems.error(path, lineOf(item, firstLine), "each entry of " + what
                        + " must be a group of 'name: value' lines. Indent them under '- '.");
            }
        }
        return out;
    }

    private Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    private Optional<String> scalarText(String key, Node n) {
        if (n instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        problems.error(path, lineOf(n), "'" + key + "' must be a single value, not a list or group. "
                + "Write it on one line as '" + key + ": value'.");
        return Optional.empty();
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isEmpty());
    }
}
