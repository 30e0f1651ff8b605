package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A web extraction set ({@code corpus/web}): HTML pages, each beside its gold file
 * {@code NAME.gold.json}: {@code page}, the page's file name, and {@code sha256}, its bytes' hash;
 * {@code published}, the publication date the page states, or null; {@code words}, the title's and
 * the main text's words as a {@link WordOverlap#bag bag of fingerprints}. The gold is written from
 * a reading, {@code NAME.reading.json} ({@code page}, {@code title}, {@code paragraphs}: the main
 * text, {@code published}), which holds the publisher's text and, like the page, stays out of
 * commits; the gold file holds no text and is committed.
 */
public final class ExtractionSet {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String GOLD = ".gold.json";
    private static final String READING = ".reading.json";

    /** One page and what a reader found on it. */
    public record GoldPage(String name, Path html, String sha256, LocalDate published, Map<String, Integer> words) {
        /** Why the page cannot be scored (missing, or not the page the gold was written from), if so. */
        public Optional<String> problem() {
            if (!Files.isRegularFile(html)) {
                return Optional.of(html + ": missing (the pages are not committed: fetch them as corpus/web/PROVENANCE.md says)");
            }
            String actual = ExtractionSet.sha256(html);
            return actual.equals(sha256) ? Optional.empty()
                    : Optional.of(html + ": not the page the gold was written from (SHA-256 " + actual + ", gold " + sha256 + ")");
        }
    }

    private ExtractionSet() {
    }

    /** The gold pages under {@code dir} (its subdirectories too), in path order. */
    public static List<GoldPage> read(Path dir) {
        List<GoldPage> pages = new ArrayList<>();
        for (Path gold : files(dir, GOLD)) {
            pages.add(page(gold));
        }
        return pages;
    }

    /** Writes {@code NAME.gold.json} beside each {@code NAME.reading.json} under {@code dir}; returns the gold files. */
    public static List<Path> writeGold(Path dir) {
        List<Path> written = new ArrayList<>();
        for (Path reading : files(dir, READING)) {
            JsonNode node = tree(reading);
            StringBuilder words = new StringBuilder(node.path("title").asText(""));
            node.path("paragraphs").forEach(p -> words.append('\n').append(p.asText()));
            String page = node.get("page").asText();
            ObjectNode gold = JSON.createObjectNode();
            gold.put("page", page);
            gold.put("sha256", sha256(reading.resolveSibling(page)));
            gold.set("published", node.path("published").isTextual() ? node.get("published") : gold.nullNode());
            gold.set("words", JSON.valueToTree(WordOverlap.bag(words.toString())));
            Path target = reading.resolveSibling(name(reading, READING) + GOLD);
            try {
                JSON.writeValue(target.toFile(), gold);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.add(target);
        }
        return written;
    }

    private static GoldPage page(Path gold) {
        JsonNode node = tree(gold);
        Map<String, Integer> words = new LinkedHashMap<>();
        node.path("words").fields().forEachRemaining(e -> words.put(e.getKey(), e.getValue().asInt()));
        JsonNode date = node.path("published");
        return new GoldPage(name(gold, GOLD), gold.resolveSibling(node.get("page").asText()), node.path("sha256").asText(""),
                date.isTextual() ? LocalDate.parse(date.asText()) : null, Map.copyOf(words));
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }

    private static JsonNode tree(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(WordOverlap.sha256(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
