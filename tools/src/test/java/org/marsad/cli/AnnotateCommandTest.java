package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.format.jsonl.RecordAssertions.assertValidRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Samples;
import picocli.CommandLine;

/** The README's main command, end to end on corpus/samples. */
class AnnotateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<JsonNode> records;
    private static int exitCode;

    @BeforeAll
    static void annotateTheSamples(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.jsonl");
        exitCode = new CommandLine(new Main()).execute("annotate", Samples.DIR.toString(), "-o", out.toString());
        records = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            records.add(JSON.readTree(line));
        }
    }

    private static JsonNode record(String id) {
        return records.stream().filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static Set<String> entities(JsonNode record) {
        Set<String> out = new java.util.TreeSet<>();
        record.get("entities").forEach(e -> out.add(e.get("text").asText() + "/" + e.get("type").asText()
                + "/" + e.get("entity").get("id").asText()));
        return out;
    }

    @Test
    void everyRecordKeepsTheContract() {
        assertThat(exitCode).isZero();
        assertThat(records).hasSize(1 + 57 + 1 + 3);
        records.forEach(r -> assertValidRecord(r));
    }

    @Test
    void theSamplePageGivesItsArticleWithTheActorsLinked() {
        JsonNode article = record("iraq-withdrawal-26sep");
        assertThat(article.get("kind").asText()).isEqualTo("article");
        assertThat(article.get("title").asText()).isEqualTo("العراق وإنهاء التواجد الأمريكي والأجنبي من أراضيها");
        assertThat(article.get("source").get("publisher").asText()).isEqualTo("26 سبتمبر");
        assertThat(article.get("published").asText()).isEqualTo("2021-07-25");
        assertThat(entities(article)).contains(
                "مصطفى الكاظمي/PERSON/per:mustafa-al-kadhimi",
                "بايدن/PERSON/per:joe-biden",
                "الحشد الشعبي/ORGANIZATION/org:popular-mobilization-forces",
                "بغداد/LOCATION/loc:baghdad");
        assertThat(entities(article)).anyMatch(e -> e.startsWith("الكاظمي/PERSON/per:mustafa-al-kadhimi"));
    }

    @Test
    void theTickerHeadlinesAreRecordsOfTheirOwn() {
        List<JsonNode> headlines = records.stream().filter(r -> r.get("kind").asText().equals("headline")).toList();
        assertThat(headlines).hasSize(57);
        assertThat(headlines).allSatisfy(h -> assertThat(h.get("parent").asText()).isEqualTo("iraq-withdrawal-26sep"));
        assertThat(headlines.stream().map(h -> h.get("text").asText()).collect(Collectors.toSet())).hasSize(57);
    }

    @Test
    void jsonlDocumentsKeepTheirIdsAndText() {
        JsonNode wire = record("wire-0002");
        assertThat(wire.get("text").asText()).contains("👀");
        assertThat(entities(wire)).contains("قيس الخزعلي/PERSON/per:qais-al-khazali",
                "قوات الحشد/ORGANIZATION/org:popular-mobilization-forces");
        assertThat(record("wire:3").get("kind").asText()).isEqualTo("document");
    }

    @Test
    void badInputIsReportedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("good.jsonl"), "{\"id\":\"g\",\"text\":\"وصل بايدن إلى بغداد.\"}\n");
        Path out = dir.resolve("out.jsonl");
        var err = new java.io.ByteArrayOutputStream();
        var previous = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new Main()).execute("annotate", dir.resolve("empty.txt").toString(),
                    dir.resolve("nothing-here.html").toString(), dir.resolve("good.jsonl").toString(), "-o", out.toString());
        } finally {
            System.setErr(previous);
        }
        assertThat(code).isEqualTo(AnnotateCommand.EXIT_SOME_INPUTS_FAILED);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(dir.resolve("empty.txt") + ": empty file")
                .contains(dir.resolve("nothing-here.html") + ": no such file or directory");
        assertThat(Files.readAllLines(out)).hasSize(1).first().asString().contains("\"id\":\"g\"");
    }
}
