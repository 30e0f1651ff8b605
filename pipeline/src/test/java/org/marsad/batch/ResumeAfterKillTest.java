package org.marsad.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Samples;
import org.marsad.write.JsonlWriter;

/** A run killed part-way (a real kill -9 of a real process) and resumed: every document exactly once. */
class ResumeAfterKillTest {
    private static final int DOCUMENTS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aKilledRunResumesWithEveryDocumentOnce(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("docs.jsonl");
        String body = (MessyCorpus.KADHIMI_IN_BAGHDAD + " " + MessyCorpus.BIDEN + " ").repeat(5);
        Files.write(input, IntStream.rangeClosed(1, DOCUMENTS)
                .mapToObj(i -> "{\"id\":\"doc-" + i + "\",\"text\":\"" + body + "\"}").toList());
        Path out = dir.resolve("out.jsonl");

        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.marsad.cli.Main",
                "annotate", input.toString(), "-o", out.toString(), "--threads", "2")
                .redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines(out) < 5 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        run.destroyForcibly().waitFor();
        int before = lines(out);
        assertThat(before).as("killed part-way").isBetween(1, DOCUMENTS - 1);
        // As if killed in the middle of a write: half a record with no newline.
        Files.writeString(out, "{\"id\":\"doc-half\",\"kind\":\"docu", StandardOpenOption.APPEND);

        BatchOptions resume = new BatchOptions(List.of(input.toString()), out, true, 2, 5_000_000, false);
        int code = new BatchRun(resume, new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(Samples::pipeline, JsonlWriter::new, InputStream.nullInputStream());

        assertThat(code).isZero();
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, DOCUMENTS).mapToObj(i -> "doc-" + i).toList());
        assertThat(Files.readString(out)).endsWith("\n");
        assertThat(Files.readAllLines(dir.resolve("out.jsonl.done"))).hasSize(DOCUMENTS);
    }

    private static int lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        int n = 0;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }
}
