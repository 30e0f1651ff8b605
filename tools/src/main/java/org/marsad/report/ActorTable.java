package org.marsad.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.read.BadInputException;
import org.marsad.read.JsonSyntax;

/**
 * The actors of an annotated corpus (Marsad JSON Lines) with how often each is mentioned and in
 * how many records: what an analyst counts.
 */
public final class ActorTable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One actor's row. */
    public record Row(String id, String type, String name, String nameEn, boolean kb, int mentions, int documents, int quotes) {
        Row quoted() {
            return new Row(id, type, name, nameEn, kb, mentions, documents, quotes + 1);
        }
    }

    /** Which columns of the table are numbers, aligned to the right. */
    private static final boolean[] TABLE_RIGHT_ALIGNED = {false, true, true, true, false, false, false};

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, Set<String>> documentsOf = new LinkedHashMap<>();

    /**
     * Counts every linked entity of every record in the files.
     *
     * @throws BadInputException when a file is not the JSON Lines output of {@code marsad annotate}
     */
    public static ActorTable of(List<Path> files) throws IOException, BadInputException {
        ActorTable table = new ActorTable();
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    if (!line.isBlank()) {
                        table.add(record(line, file, number));
                    }
                }
            } catch (CharacterCodingException e) {
                throw notOutput(file + " is not UTF-8 text");
            }
        }
        return table;
    }

    /** A line of annotate's output: a JSON object with the record's entities. */
    private static JsonNode record(String line, Path file, long number) throws BadInputException {
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw notOutput(file + " line " + number + " is not JSON (" + JsonSyntax.describe(e) + ")");
        }
        if (!record.path("entities").isArray()) {
            throw notOutput(file + " line " + number + " is not an annotated record (it has no \"entities\" list)");
        }
        return record;
    }

    private static BadInputException notOutput(String problem) {
        return new BadInputException(problem + ": entities reads the JSON Lines that 'marsad annotate' writes (--format jsonl)");
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
                    entity.path("kb").asBoolean(), old == null ? 1 : old.mentions() + 1, docs.size(), old == null ? 0 : old.quotes()));
        }
        // The quotations each actor is the speaker of (the speaker is one of the record's mentions, so it has a row).
        for (JsonNode quote : record.path("quotes")) {
            String speaker = quote.path("speaker").path("id").asText(null);
            if (speaker != null && rows.containsKey(speaker)) {
                rows.put(speaker, rows.get(speaker).quoted());
            }
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
        out.println("id,type,name,name_en,kb,mentions,documents,quotes");
        for (Row r : rows()) {
            out.println(String.join(",", csv(r.id()), r.type(), csv(r.name()), csv(r.nameEn()), String.valueOf(r.kb()),
                    String.valueOf(r.mentions()), String.valueOf(r.documents()), String.valueOf(r.quotes())));
        }
    }

    /**
     * The rows as columns as wide as their widest cell (in terminal columns, so that Arabic with its
     * vowel marks lines up), numbers to the right; the Arabic name last, where its direction
     * cannot reorder the columns after it. Then the mentions of each type.
     */
    public void printTable(PrintStream out) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"type", "mentions", "documents", "quotes", "id", "name_en", "name"});
        for (Row r : rows()) {
            lines.add(new String[] {r.type(), String.valueOf(r.mentions()), String.valueOf(r.documents()), String.valueOf(r.quotes()), r.id(),
                    r.nameEn() == null ? "" : r.nameEn(), r.name()});
        }
        int[] widths = new int[TABLE_RIGHT_ALIGNED.length];
        for (String[] cells : lines) {
            for (int c = 0; c < cells.length; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(cells[c]));
            }
        }
        for (String[] cells : lines) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cells.length; c++) {
                line.append(c == 0 ? "" : "  ").append(DisplayWidth.pad(cells[c], widths[c], TABLE_RIGHT_ALIGNED[c]));
            }
            out.println(line.toString().stripTrailing());
        }
        Map<String, Integer> totals = mentionsPerType();
        int types = totals.keySet().stream().mapToInt(String::length).max().orElse(1);
        int digits = totals.values().stream().mapToInt(n -> String.valueOf(n).length()).max().orElse(1);
        totals.forEach((type, n) -> out.printf("total %-" + types + "s  %" + digits + "d mentions%n", type, n));
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
