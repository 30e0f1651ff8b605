package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, read from its sources: packages depend on each other one way only,
 * the runtime module names no package of the tools module, and no class grows past 400 lines.
 */
class ArchitectureTest {
    private static final Path RUNTIME = Path.of("..", "pipeline", "src", "main", "java");
    private static final Path TOOLS = Path.of("src", "main", "java");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package (org\\.marsad[\\w.]*);");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?(org\\.marsad[\\w.]*?)\\.[A-Z]");

    /** Package → the packages its classes import. */
    private static Map<String, Set<String>> dependencies(Path root) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path file : javaFiles(root)) {
            String source = read(file);
            Matcher p = PACKAGE.matcher(source);
            assertThat(p.find()).as("package of %s", file).isTrue();
            Set<String> imports = graph.computeIfAbsent(p.group(1), k -> new TreeSet<>());
            Matcher i = IMPORT.matcher(source);
            while (i.find()) {
                if (!i.group(1).equals(p.group(1))) {
                    imports.add(i.group(1));
                }
            }
        }
        return graph;
    }

    @Test
    void noTwoPackagesDependOnEachOtherThroughAnyPath() {
        Map<String, Set<String>> graph = new HashMap<>(dependencies(RUNTIME));
        dependencies(TOOLS).forEach((pkg, deps) -> graph.merge(pkg, deps, (a, b) -> {
            Set<String> both = new TreeSet<>(a);
            both.addAll(b);
            return both;
        }));
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            for (String next : graph.get(start)) {
                if (reaches(graph, next, start, new HashSet<>())) {
                    cycles.add(start + " -> " + next + " -> … -> " + start);
                }
            }
        }
        assertThat(cycles).isEmpty();
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        return graph.getOrDefault(from, Set.of()).stream().anyMatch(next -> reaches(graph, next, to, seen));
    }

    @Test
    void theRuntimeNamesNoPackageOfTheTools() {
        Set<String> runtime = dependencies(RUNTIME).keySet();
        Set<String> toolsOnly = new TreeSet<>(dependencies(TOOLS).keySet());
        toolsOnly.removeAll(runtime);
        assertThat(toolsOnly).contains("org.marsad.cli", "org.marsad.eval", "org.marsad.bench", "org.marsad.ner.train");
        Map<String, Set<String>> offending = new TreeMap<>();
        dependencies(RUNTIME).forEach((pkg, deps) -> deps.stream().filter(toolsOnly::contains)
                .forEach(dep -> offending.computeIfAbsent(pkg, k -> new TreeSet<>()).add(dep)));
        assertThat(offending).isEmpty();
        // A package lives in one module: a split package would blur which artifact holds what.
        Set<String> split = new TreeSet<>(runtime);
        split.retainAll(dependencies(TOOLS).keySet());
        assertThat(split).isEmpty();
    }

    @Test
    void noClassIsLongerThanFourHundredLines() {
        Map<Path, Long> tooLong = new TreeMap<>();
        for (Path root : List.of(RUNTIME, TOOLS)) {
            for (Path file : javaFiles(root)) {
                long lines = read(file).lines().count();
                if (lines > 400) {
                    tooLong.put(file, lines);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
