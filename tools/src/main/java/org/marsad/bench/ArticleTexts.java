package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The texts of a benchmark's JSON Lines articles ({@code text}, else {@code content}), the one input every benchmark reads. */
public final class ArticleTexts {
    private ArticleTexts() {
    }

    /** The texts of the first {@code limit} articles. */
    public static List<String> read(Path jsonl, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null && texts.size() < limit; line = reader.readLine()) {
                JsonNode node = json.readTree(line);
                texts.add((node.has("text") ? node.get("text") : node.get("content")).asText());
            }
        }
        return texts;
    }

    /** The texts of every article. */
    public static List<String> read(Path jsonl) throws IOException {
        return read(jsonl, Integer.MAX_VALUE);
    }
}
