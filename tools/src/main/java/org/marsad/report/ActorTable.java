package org.marsad.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors of an annotated corpus (Marsad JSON Lines) with how often each is mentioned and in
 * how many records: what an analyst counts.
 */
public final class ActorTable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One actor's row. */
    public record Row(String id, String type, String name, String nameEn, boolean kb, int mentions, int documents) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, Set<String>> documentsOf = new LinkedHashMap<>();

    /** Counts every linked entity of every record in the files. */
    public static ActorTable of(List<Path> files) throws IOException {
        ActorTable table = new ActorTable();
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        table.add(JSON.readTree(line));
                    }
                }
            }
        }
        return table;
    }

    private void add(JsonNode record) {
        String doc = record.path("id").asText();
        for (JsonNode mention : record.path("entities")) {
            JsonNode entity = mention.get("entity");
            if (entity == null) {
                continue;
            }
            String id = entity.get("id").asText();
            Set<String> docs = documentsOf.computeIfAbsent(id, k -> new HashSet<>());
            docs.add(doc);
            Row old = rows.get(id);
            rows.put(id, new Row(id, mention.get("type").asText(), entity.path("name").asText(),
                    entity.path("name_en").isNull() ? null : entity.path("name_en").asText(null),
                    entity.path("kb").asBoolean(), old == null ? 1 : old.mentions() + 1, docs.size()));
        }
    }

    /** Rows by type, then by mentions, most first. */
    public List<Row> rows() {
        return rows.values().stream()
                .sorted(Comparator.comparing(Row::type).thenComparing(Comparator.comparingInt(Row::mentions).reversed())
                        .thenComparing(Row::id))
                .toList();
    }

    /** Mention counts per entity type. */
    public Map<String, Integer> mentionsPerType() {
        Map<String, Integer> out = new LinkedHashMap<>();
        rows().forEach(r -> out.merge(r.type(), r.mentions(), Integer::sum));
        return out;
    }

    public void printCsv(PrintStream out) {
        out.println("id,type,name,name_en,kb,mentions,documents");
        for (Row r : rows()) {
            out.println(String.join(",", csv(r.id()), r.type(), csv(r.name()), csv(r.nameEn()), String.valueOf(r.kb()),
                    String.valueOf(r.mentions()), String.valueOf(r.documents())));
        }
    }

    public void printTable(PrintStream out) {
        out.printf("%-14s %8s %9s  %-40s %-30s %s%n", "type", "mentions", "documents", "id", "name_en", "name");
        for (Row r : rows()) {
            out.printf("%-14s %8d %9d  %-40s %-30s %s%n", r.type(), r.mentions(), r.documents(), r.id(),
                    r.nameEn() == null ? "" : r.nameEn(), r.name());
        }
        mentionsPerType().forEach((type, n) -> out.printf("total %-8s %8d mentions%n", type, n));
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
