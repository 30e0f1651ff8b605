package org.marsad.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.document.Source;
import org.marsad.read.InputError;
import org.marsad.read.Page;
import org.marsad.read.Unit;
import org.marsad.write.OutputFormat;

/** A messy crawl end to end: every input is annotated or in the errors file, and the run goes on. */
class BatchRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static int exitCode;
    private static Map<String, JsonNode> records;
    private static List<JsonNode> errors;
    private static String stderr;

    @BeforeAll
    static void runOverTheMessyCorpus() throws IOException {
        Path corpus = dir.resolve("crawl");
        MessyCorpus.write(corpus);
        Path out = Files.createDirectory(dir.resolve("out")).resolve("annotated.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BatchOptions options = new BatchOptions(List.of(corpus.toString()), out, OutputFormat.JSONL, false, 2, 1_000_000, false);
        exitCode = new BatchRun(options, new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(Marsad::standard, InputStream.nullInputStream());
        stderr = err.toString(StandardCharsets.UTF_8);
        records = new TreeMap<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode record = JSON.readTree(line);
            assertThat(records.put(record.get("id").asText(), record)).as("no id twice").isNull();
        }
        errors = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out/annotated.jsonl.errors.jsonl"))) {
            errors.add(JSON.readTree(line));
        }
    }

    private static List<String> entityIds(String id) {
        List<String> ids = new ArrayList<>();
        records.get(id).get("entities").forEach(e -> ids.add(e.get("entity").get("id").asText()));
        return ids;
    }

    private static String errorFor(String file) {
        return errors.stream().filter(e -> e.get("path").asText().endsWith(file)).map(e -> e.get("reason").asText())
                .findFirst().orElse(null);
    }

    @Test
    void everyInputIsAnnotatedOrInTheErrorsFile() {
        assertThat(exitCode).isEqualTo(BatchRun.EXIT_SOME_INPUTS_FAILED);
        assertThat(records.keySet()).contains("a/page", "b/page", "windows-1256", "d1", "d3", "truncated", "zipped",
                "crawl/1");
        assertThat(errorFor("binary.html")).isEqualTo("binary content");
        assertThat(errorFor("empty.txt")).isEqualTo("empty file");
        assertThat(errorFor("huge.txt")).startsWith("too large");
        assertThat(errors).filteredOn(e -> e.get("path").asText().endsWith("docs.jsonl"))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("line").asLong()).isEqualTo(2);
                    assertThat(e.get("reason").asText()).startsWith("malformed JSON");
                });
        assertThat(errors).hasSize(4);
        assertThat(stderr).contains("binary.html: binary content")
                .containsPattern("marsad: \\d+ documents, \\d+ words, 4 errors, 1 non-HTML WARC record skipped, ");
    }

    @Test
    void aWindows1256PageIsDecodedAndItsActorsFound() {
        JsonNode page = records.get("windows-1256");
        assertThat(page.get("title").asText()).isEqualTo("الكاظمي في بغداد");
        assertThat(entityIds("windows-1256")).contains("per:mustafa-al-kadhimi", "loc:baghdad");
    }

    @Test
    void aWarcResponseIsAPageWithItsUrlAndCaptureDate() {
        JsonNode page = records.get("crawl/1");
        assertThat(page.get("source").get("url").asText()).isEqualTo("https://news.example/iraq/1");
        assertThat(page.get("published").asText()).isEqualTo("2021-07-26");
        assertThat(entityIds("crawl/1")).contains("per:mustafa-al-kadhimi", "loc:baghdad");
    }

    @Test
    void aTruncatedPageKeepsWhatItHas() {
        assertThat(records.get("truncated").get("text").asText()).contains(MessyCorpus.KADHIMI_IN_BAGHDAD);
        assertThat(entityIds("truncated")).contains("per:mustafa-al-kadhimi");
    }

    @Test
    void aDocumentInAnotherLanguageIsMarkedAndNotAnnotated() {
        JsonNode english = records.get("d3");
        assertThat(english.get("lang").asText()).isEqualTo("en");
        assertThat(english.get("pipeline").get("stages")).extracting(JsonNode::asText).containsExactly("langid");
        assertThat(english.get("tokens")).isEmpty();
        assertThat(english.get("entities")).isEmpty();
        assertThat(records.get("d1").get("lang").asText()).isEqualTo("ar");
        assertThat(entityIds("d1")).contains("per:joe-biden");
    }

    @Test
    void theJournalNamesEveryInputUnitOnce() throws IOException {
        List<String> journal = Files.readAllLines(dir.resolve("out/annotated.jsonl.done"));
        assertThat(JSON.readTree(journal.get(0)).get("format").asText()).isEqualTo("jsonl");
        List<String> units = new ArrayList<>();
        for (String line : journal.subList(1, journal.size())) {
            units.add(JSON.readTree(line).get(2).asText());
        }
        assertThat(units).doesNotHaveDuplicates();
        // 8 files and the WARC's one HTML record, 3 JSONL lines; huge, binary and empty are units too.
        assertThat(units).hasSize(1 + 1 + 1 + 1 + 1 + 3 + 1 + 1 + 1 + 1);
    }

    @Test
    void aPageWithNothingButBoilerplateIsAnErrorNotASilentNothing() {
        Page page = Page.of("furniture", Source.ofPath("furniture.txt"), Page.Format.TEXT,
                "شكرا على الإبلاغ!\nانقر هنا لقراءة الخبر من مصدره\n");
        UnitResult result = BatchRun.annotate(Marsad.standard(), page);
        assertThat(result.documents()).isEmpty();
        assertThat(result.errors()).extracting(InputError::toString)
                .containsExactly("furniture.txt: no text left after extraction (all of it is boilerplate)");
        assertThat(result.errors().get(0).toJson()).isEqualTo("{\"path\":\"furniture.txt\",\"stage\":\"extract\","
                + "\"reason\":\"no text left after extraction (all of it is boilerplate)\"}");
    }

    @Test
    void anEmptyDocumentIsReportedAsOneAndNotAnnotatedAsArabic() {
        Page page = new Page("empty", Source.ofPath("in.jsonl"), Page.Format.DOCUMENT, "", null, null,
                new Unit("in.jsonl", 4, null));
        UnitResult result = BatchRun.annotate(Marsad.standard(), page);
        assertThat(result.documents()).isEmpty();
        assertThat(result.errors()).extracting(InputError::toString, InputError::stage)
                .containsExactly(tuple("in.jsonl:4: empty document: there is no text to annotate", "extract"));
    }
}
