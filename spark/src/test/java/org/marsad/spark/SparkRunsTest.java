package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.spark.SparkAnnotateTest.batchRun;
import static org.marsad.spark.SparkAnnotateTest.byId;
import static org.marsad.spark.SparkAnnotateTest.read;
import static org.marsad.spark.SparkAnnotateTest.readLines;
import static org.marsad.spark.SparkAnnotateTest.readParts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web archives, an OUT replaced whole or refused, and incremental runs that add only the units OUT lacks. */
class SparkRunsTest {
    private static final Path SAMPLES = Path.of("..", "corpus", "samples");
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

    private static int job(String out, boolean parquet, boolean overwrite, boolean incremental, String... inputs) {
        return SparkAnnotate.exitStatus(spark, new JobOptions(List.of(inputs), out, parquet, overwrite, incremental));
    }

    /** One gzip member holding one HTML response, as crawlers write them. */
    private static byte[] response(int n) throws IOException {
        String html = "<html><head><title>خبر " + n + "</title></head><body><p>"
                + ("التقى الكاظمي وبايدن في البيت الأبيض في زيارة رقم " + n + ". ").repeat(5) + "</p></body></html>";
        HttpResponse response = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter warc = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            warc.write(new WarcResponse.Builder(URI.create("https://news.example/" + n))
                    .date(Instant.parse("2021-07-26T08:00:00Z")).body(response).build());
        }
        return bytes.toByteArray();
    }

    /** Three responses, the second's gzip member corrupt (a reserved deflate block type). */
    private static Path crawl(Path file) throws IOException {
        byte[] second = response(2);
        second[10] |= 0b110;
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.write(response(1));
        warc.write(second);
        warc.write(response(3));
        return Files.write(file, warc.toByteArray());
    }

    @Test
    void readsWebArchivesAsTheCliDoes() throws IOException {
        Path warc = crawl(dir.resolve("crawl.warc.gz"));
        Path cli = dir.resolve("cli.jsonl");
        assertThat(batchRun(List.of(warc.toString()), cli)).isEqualTo(3);
        Path out = dir.resolve("spark");
        assertThat(job(out.toString(), false, false, false, warc.toString())).isZero();

        List<JsonNode> expected = read(cli);
        List<JsonNode> actual = readParts(out.resolve("records"));
        assertThat(actual).extracting(r -> r.get("id").asText()).containsExactly("crawl/1", "crawl/2");
        assertThat(actual.get(0).get("source").get("url").asText()).isEqualTo("https://news.example/1");
        assertThat(actual.get(0).get("published").asText()).isEqualTo("2021-07-26");
        assertThat(byId(actual)).isEqualTo(byId(expected));

        JsonNode error = readParts(out.resolve("errors")).get(0);
        JsonNode cliError = read(Path.of(cli + ".errors.jsonl")).get(0);
        assertThat(error.get("record")).isEqualTo(cliError.get("record"));
        assertThat(error.get("reason").asText()).isEqualTo(cliError.get("reason").asText())
                .isEqualTo("corrupt gzip member: invalid block type");
        // Every record is a unit, the corrupt one too: an incremental run reads none of them again.
        assertThat(readLines(out.resolve("units"))).hasSize(3).allMatch(unit -> unit.contains("crawl.warc.gz@"));
    }

    @Test
    void anExistingOutIsRefusedOrReplacedWhole() throws IOException {
        Path wire = SAMPLES.resolve("wire.jsonl");
        Path out = dir.resolve("spark");
        assertThat(job(out.toString(), true, false, false, wire.toString())).isZero();
        assertThat(out.resolve("parquet")).isDirectory();
        List<String> records = readLines(out.resolve("records"));

        assertThat(job(out.toString(), false, false, false, SAMPLES.resolve("baghdad-talks.html").toString()))
                .isEqualTo(SparkAnnotate.EXIT_REFUSED);
        assertThat(readLines(out.resolve("records"))).isEqualTo(records);

        assertThat(job(out.toString(), false, true, false, SAMPLES.resolve("baghdad-talks.html").toString())).isZero();
        assertThat(out.resolve("parquet")).doesNotExist();
        assertThat(readParts(out.resolve("records"))).extracting(r -> r.get("id").asText()).first().isEqualTo("baghdad-talks");
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("spark");
        }
    }

    @Test
    void aMissingInputAloneIsRefusedBeforeAnythingIsWritten() {
        Path out = dir.resolve("spark");
        assertThat(job(out.toString(), false, false, false, dir.resolve("missing.jsonl").toString()))
                .isEqualTo(SparkAnnotate.EXIT_REFUSED);
        assertThat(out).doesNotExist();
    }

    @Test
    void anIncrementalRunAnnotatesOnlyTheUnitsOutLacks() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("crawl"));
        List<String> wire = Files.readAllLines(SAMPLES.resolve("wire.jsonl"), StandardCharsets.UTF_8);
        Files.write(inputs.resolve("day1.jsonl"), wire.subList(0, 2), StandardCharsets.UTF_8);
        Path out = dir.resolve("spark");
        assertThat(job(out.toString(), false, false, true, inputs.toString())).isZero();
        List<String> day1 = readLines(out.resolve("records"));

        // The next day: a line more in the first file, and a new file and archive.
        Files.write(inputs.resolve("day1.jsonl"), wire.subList(0, 3), StandardCharsets.UTF_8);
        Files.write(inputs.resolve("day2.jsonl"), wire.subList(3, wire.size()), StandardCharsets.UTF_8);
        crawl(inputs.resolve("day2.warc.gz"));
        assertThat(job(out.toString(), false, false, true, inputs.toString())).isZero();

        JsonNode summary = JSON.readTree(out.resolve("_SUMMARY.json").toFile());
        assertThat(summary.get("units_before").asLong()).isEqualTo(2);
        assertThat(summary.get("documents").asLong()).as("annotated in the second run").isEqualTo(wire.size() - 2 + 2);
        List<String> records = readLines(out.resolve("records"));
        assertThat(records.subList(0, day1.size())).isEqualTo(day1);

        Path cli = dir.resolve("cli.jsonl");
        batchRun(List.of(inputs.toString()), cli);
        Map<String, JsonNode> expected = byId(read(cli));
        Map<String, JsonNode> actual = byId(readParts(out.resolve("records")));
        assertThat(actual).hasSameSizeAs(records).isEqualTo(expected);
        assertThat(readLines(out.resolve("units"))).doesNotHaveDuplicates().hasSize(wire.size() + 3);
        assertThat(readParts(out.resolve("errors"))).hasSize(1);
    }
}
