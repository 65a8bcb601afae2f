package org.localoffer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which templates use which: a template that another imports or includes (such as layout.ftlh)
 * changes every page made with that other template too. Read from the templates' own
 * {@code <#import "x.ftlh">} and {@code <#include "x.ftlh">} lines.
 */
final class TemplateDependencies {

    private static final Pattern USES = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

    /** For each template file name, the template files that import or include it. */
    private final Map<String, Set<String>> usedBy = new HashMap<>();

    private TemplateDependencies() {
    }

    static TemplateDependencies read(Path folder) throws IOException {
        TemplateDependencies out = new TemplateDependencies();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".ftlx")).toList();
        }
        for (Path file : files) {
            Matcher m = USES.matcher(Files.readString(file));
            while (m.find()) {
                String used = Path.of(m.group(1)).getFileName().toString();
                out.usedBy.computeIfAbsent(used, k -> new HashSet<>()).add(file.getFileName().toString());
            }
        }
        return out;
    }

    /** The template files whose pages change when {@code changed} changes: itself and everything that uses it. */
    Set<String> affectedBy(String changed) {
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(changed));
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (out.add(t)) {
                todo.addAll(usedBy.getOrDefault(t, Set.of()));
            }
        }
        return out;
    }
}
