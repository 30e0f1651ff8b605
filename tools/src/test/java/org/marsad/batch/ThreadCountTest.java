package org.marsad.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.write.OutputFormat;

/**
 * One thread and two give byte-identical output with every default stage on, the learned NER
 * model included: over the sample pages and the gold paragraphs.
 */
class ThreadCountTest {
    @TempDir
    Path dir;

    @Test
    void oneAndTwoThreadsWriteTheSameBytes() throws IOException {
        byte[] one = run(1);
        byte[] two = run(2);
        assertThat(new String(one, StandardCharsets.UTF_8).lines().filter(line -> line.contains("\"ner-model\"")).count()).as("records annotated with the model").isGreaterThan(62);
        assertThat(two).isEqualTo(one);
    }

    private byte[] run(int threads) throws IOException {
        Path out = dir.resolve("out-" + threads + ".jsonl");
        List<String> inputs = List.of("../corpus/samples", "../corpus/gold/entities-dev.jsonl", "../corpus/gold/entities-test.jsonl",
                "../corpus/gold/entities-local.jsonl");
        BatchOptions options = new BatchOptions(inputs, out, OutputFormat.JSONL, false, threads, 1_000_000, false);
        int exit = new BatchRun(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(Marsad::standard, InputStream.nullInputStream());
        assertThat(exit).isZero();
        return Files.readAllBytes(out);
    }
}
