package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A web extraction set ({@code corpus/web}): HTML pages, each beside its gold file
 * {@code NAME.gold.json} ({@code page}: the file's name; {@code title}; {@code paragraphs}, the
 * main text; {@code published}, the publication date the page states, or null).
 */
public final class ExtractionSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page and what a reader finds on it. */
    public record GoldPage(String name, Path html, String title, LocalDate published, List<String> paragraphs) {
        /** The words an extractor should give: the title's and the main text's. */
        public String mainText() {
            return title + "\n" + String.join("\n", paragraphs);
        }
    }

    private ExtractionSet() {
    }

    /** The gold pages under {@code dir} (its subdirectories too), in path order. */
    public static List<GoldPage> read(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<GoldPage> pages = new ArrayList<>();
            for (Path gold : files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                pages.add(page(gold));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoldPage page(Path gold) throws IOException {
        JsonNode node = JSON.readTree(gold.toFile());
        List<String> paragraphs = new ArrayList<>();
        node.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        String name = gold.getFileName().toString().replace(".gold.json", "");
        JsonNode date = node.path("published");
        return new GoldPage(name, gold.resolveSibling(node.get("page").asText()), node.path("title").asText(""), date.isTextual() ? LocalDate.parse(date.asText()) : null, List.copyOf(paragraphs));
    }
}
