package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.batch.BatchOptions;
import org.marsad.batch.BatchRun;
import org.marsad.read.ReadOptions;
import org.marsad.write.OutputFormat;

/** The Spark job in local mode writes what the CLI writes for the same input, bad lines included. */
class SparkAnnotateTest {
    private static final Path WIRE = Path.of("..", "corpus", "samples", "wire.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The command line's run ({@code marsad annotate INPUT… -o OUT --threads 2 -q}), the reference the job must match. */
    static int batchRun(List<String> inputs, Path out) {
        BatchOptions options = new BatchOptions(inputs, out, OutputFormat.JSONL, false, 2, ReadOptions.DEFAULT_MAX_CHARS, false);
        return new BatchRun(options, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                .run(Marsad::standard, InputStream.nullInputStream());
    }

    @Test
    void writesTheClisRecordsAndErrors() throws IOException {
        Path input = dir.resolve("wire.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(WIRE, StandardCharsets.UTF_8));
        lines.add("{\"id\": \"broken\", \"text\": ");
        lines.add("{\"id\": \"no-text\", \"title\": \"بلا نص\"}");
        Files.write(input, lines, StandardCharsets.UTF_8);

        Path cli = dir.resolve("cli.jsonl");
        assertThat(batchRun(List.of(input.toString()), cli)).isEqualTo(BatchRun.EXIT_SOME_INPUTS_FAILED);

        Path out = dir.resolve("spark");
        // Bad input makes no failed application: the job completed, its errors are in its output.
        assertThat(SparkAnnotate.exitStatus(spark, new JobOptions(List.of(input.toString()), out.toString(), true, false, false)))
                .isEqualTo(SparkAnnotate.EXIT_OK);
        JsonNode summary = JSON.readTree(out.resolve("_SUMMARY.json").toFile());

        List<JsonNode> expected = read(cli);
        List<JsonNode> actual = readParts(out.resolve("records"));
        assertThat(expected).hasSize(lines.size() - 2);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            // The only difference: Spark names the file by its URI (file:/...), the CLI by its path.
            assertThat(((ObjectNode) actual.get(i).get("source")).remove("path").asText()).endsWith(input.toString());
            ((ObjectNode) expected.get(i).get("source")).remove("path");
            assertThat(actual.get(i).get("id")).isEqualTo(expected.get(i).get("id"));
            assertThat(actual.get(i).get("entities")).isNotEmpty().isEqualTo(expected.get(i).get("entities"));
            assertThat(actual.get(i)).isEqualTo(expected.get(i));
        }

        List<JsonNode> errors = readParts(out.resolve("errors"));
        List<JsonNode> cliErrors = read(Path.of(cli + ".errors.jsonl"));
        assertThat(errors).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(errors.get(i).get("line")).isEqualTo(cliErrors.get(i).get("line"));
            assertThat(errors.get(i).get("reason")).isEqualTo(cliErrors.get(i).get("reason"));
            assertThat(errors.get(i).get("path").asText()).endsWith(input.toString());
        }
        assertThat(summary.get("documents").asLong()).isEqualTo(expected.size());
        assertThat(summary.get("errors").asLong()).isEqualTo(2);
        assertThat(summary.get("units").asLong()).isEqualTo(lines.size());
        assertThat(readLines(out.resolve("units"))).hasSize(lines.size()).contains(input.toUri().toString().replace("file:///", "file:/") + ":1");
        assertThat(spark.read().parquet(out.resolve("parquet").toString()).count()).isEqualTo(expected.size());
    }

    @Test
    void annotatesPagesOfADirectoryAsTheCliDoes() throws IOException, RefusedJob {
        Path samples = WIRE.getParent();
        Path cli = dir.resolve("cli.jsonl");
        assertThat(batchRun(List.of(samples.toString()), cli)).isZero();
        Path out = dir.resolve("spark");
        SparkAnnotate.run(spark, new JobOptions(List.of(samples.toString()), out.toString(), false, false, false));

        // Pages (HTML, text) come after the JSONL documents here, so compare by id.
        Map<String, JsonNode> expected = byId(read(cli));
        Map<String, JsonNode> actual = byId(readParts(out.resolve("records")));
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet())
                .contains("baghdad-talks", "iraq-withdrawal-26sep");
        assertThat(actual).isEqualTo(expected);
        assertThat(readParts(out.resolve("errors"))).isEmpty();
    }

    /** Records by id (ids are unique here), without source.path, which Spark gives as a URI. */
    static Map<String, JsonNode> byId(List<JsonNode> records) {
        Map<String, JsonNode> byId = new TreeMap<>();
        for (JsonNode record : records) {
            ((ObjectNode) record.get("source")).remove("path");
            byId.put(record.get("id").asText(), record);
        }
        return byId;
    }

    static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    /** A Spark output directory's part files in name order, which is partition (and input) order. */
    static List<JsonNode> readParts(Path dir) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : readLines(dir)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    static List<String> readLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
