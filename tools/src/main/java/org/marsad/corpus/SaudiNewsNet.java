package org.marsad.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The raw SaudiNewsNet articles of the shared data (CC BY-NC-SA 4.0, research only: read at
 * training and benchmark time, never copied). The first {@link #BENCHMARK_ARTICLES} articles of
 * the politics slice are the speed benchmark's, so training never reads them.
 */
public final class SaudiNewsNet {
    public static final int BENCHMARK_ARTICLES = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article: its URL and text. */
    public record Article(String url, String text) {
    }

    private final Path dir;

    public SaudiNewsNet(Path sharedData) {
        this.dir = sharedData.resolve("saudinewsnet");
    }

    public Path slice() {
        return dir.resolve("saudinewsnet-politics-slice.jsonl");
    }

    /** Articles {@code from} (0-based) to {@code to} (exclusive) of the politics slice. */
    public List<Article> sliceArticles(int from, int to) throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<String> lines = Files.lines(slice(), StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines.skip(from).limit((long) to - from)::iterator) {
                JsonNode node = JSON.readTree(line);
                out.add(new Article(node.path("url").asText(), node.path("content").asText()));
            }
        }
        return out;
    }

    /** Every non-empty article of the original daily archives except the benchmark's. */
    public List<Article> archiveArticlesExceptBenchmark() throws IOException {
        Set<String> benchmark = new HashSet<>();
        sliceArticles(0, BENCHMARK_ARTICLES).forEach(a -> benchmark.add(a.url()));
        List<Path> zips;
        try (Stream<Path> files = Files.list(dir.resolve("original"))) {
            zips = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        for (Path zip : zips) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (entry.getName().endsWith(".json")) {
                        readArray(in, benchmark, out);
                    }
                }
            }
        }
        return out;
    }

    private static void readArray(InputStream in, Set<String> exclude, List<Article> out) throws IOException {
        JsonNode array = JSON.readTree(in.readAllBytes());
        for (JsonNode node : array) {
            String url = node.path("url").asText();
            String text = node.path("content").asText();
            if (!text.isBlank() && !exclude.contains(url)) {
                out.add(new Article(url, text));
            }
        }
    }
}
