package org.marsad.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.write.OutputFormat;

/** Outputs a run must refuse, before it writes a byte: its inputs, another run's output, another command's output. */
class UnsafeOutputTest {

    @Test
    void anOutputThatIsAnInputIsRefusedAndTheInputLeftWhole(@TempDir Path dir) throws IOException {
        Path input = BatchRuns.documents(dir.resolve("in.jsonl"), 3);
        byte[] before = Files.readAllBytes(input);
        Files.createLink(dir.resolve("link.jsonl"), input);
        for (Path out : List.of(input, dir.resolve("./sub/../in.jsonl"), dir.resolve("link.jsonl"))) {
            BatchRuns.Result run = BatchRuns.run(List.of(input.toString()), out, OutputFormat.JSONL, false);
            assertThat(run.code()).as(out.toString()).isEqualTo(BatchRun.EXIT_CONFIG);
            assertThat(run.stderr()).startsWith("marsad: refusing to write " + out + ": it is read as the input " + input);
            assertThat(Files.readAllBytes(input)).isEqualTo(before);
        }
        // Nor may a companion file be an input: OUT.errors.jsonl is a .jsonl file.
        Path errors = BatchRuns.documents(dir.resolve("x.jsonl.errors.jsonl"), 1);
        BatchRuns.Result run = BatchRuns.run(List.of(errors.toString()), dir.resolve("x.jsonl"), OutputFormat.JSONL, false);
        assertThat(run.code()).isEqualTo(BatchRun.EXIT_CONFIG);
        assertThat(BatchRuns.lines(errors)).isEqualTo(1);
    }

    @Test
    void anOutputInsideAnInputDirectoryOrMatchingAGlobIsRefused(@TempDir Path dir) throws IOException {
        Path crawl = dir.resolve("crawl");
        BatchRuns.documents(crawl.resolve("a.jsonl"), 2);
        Path out = crawl.resolve("out/annotated.jsonl");
        BatchRuns.Result run = BatchRuns.run(List.of(crawl.toString()), out, OutputFormat.JSONL, false);
        assertThat(run.code()).isEqualTo(BatchRun.EXIT_CONFIG);
        assertThat(run.stderr()).startsWith("marsad: refusing to write " + out + ": it is read as the input " + crawl);
        assertThat(crawl.resolve("out")).doesNotExist();

        // A glob reads what it matches: the errors file of out.conllu is a .jsonl file.
        BatchRuns.Result glob = BatchRuns.run(List.of(crawl + "/*.jsonl"), crawl.resolve("out.conllu"),
                OutputFormat.CONLLU, false);
        assertThat(glob.code()).isEqualTo(BatchRun.EXIT_CONFIG);
        assertThat(glob.stderr()).contains("refusing to write " + crawl.resolve("out.conllu.errors.jsonl"));
        assertThat(crawl.resolve("out.conllu")).doesNotExist();
    }

    @Test
    void resumingWithAnotherFormatIsRefusedAndAnInputNamedAnotherWayIsTheSameInput(@TempDir Path dir) throws IOException {
        Path input = BatchRuns.documents(dir.resolve("in.jsonl"), 3);
        Path out = dir.resolve("out.jsonl");
        assertThat(BatchRuns.run(List.of(input.toString()), out, OutputFormat.JSONL, false).code()).isZero();
        byte[] done = Files.readAllBytes(out);
        assertThat(BatchRuns.lines(out)).isEqualTo(3);

        BatchRuns.Result conllu = BatchRuns.run(List.of(input.toString()), out, OutputFormat.CONLLU, true);
        assertThat(conllu.code()).isEqualTo(BatchRun.EXIT_CONFIG);
        assertThat(conllu.stderr()).startsWith("marsad: cannot resume " + out
                + ": it was written as jsonl, not conllu (resume with --format jsonl)");
        assertThat(Files.readAllBytes(out)).isEqualTo(done);

        BatchRuns.Result other = BatchRuns.run(List.of(BatchRuns.documents(dir.resolve("other.jsonl"), 1).toString()),
                out, OutputFormat.JSONL, true);
        assertThat(other.code()).isEqualTo(BatchRun.EXIT_CONFIG);
        assertThat(other.stderr()).contains("it was written from other inputs (" + input.toRealPath() + ")");

        // The same file by another name: every unit is already done, nothing is written twice.
        String sameFile = dir.resolve(".").resolve("in.jsonl").toString();
        BatchRuns.Result renamed = BatchRuns.run(List.of(sameFile), out, OutputFormat.JSONL, true);
        assertThat(renamed.code()).isZero();
        assertThat(renamed.stderr()).contains("3 input units already done");
        assertThat(Files.readAllBytes(out)).isEqualTo(done);
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstWrites(@TempDir Path dir) throws Exception {
        Path input = BatchRuns.documents(dir.resolve("in.jsonl"), 2000);
        Path out = dir.resolve("out.jsonl");
        Process first = BatchRuns.start(dir.resolve("first.log"), input.toString(), "-o", out.toString(), "--threads", "1");
        BatchRuns.Result second;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (BatchRuns.lines(out) < 1 && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Path other = BatchRuns.documents(dir.resolve("other.jsonl"), 2);
            second = BatchRuns.run(List.of(other.toString()), out, OutputFormat.JSONL, false);
            assertThat(first.isAlive()).as("the first run was writing all along").isTrue();
        } finally {
            first.destroyForcibly().waitFor();
        }
        assertThat(second.code()).isEqualTo(BatchRun.EXIT_CONFIG);
        assertThat(second.stderr()).startsWith("marsad: another run is writing " + out);
        assertThat(Files.readAllLines(out)).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"id\":\"doc-"));
        // The first run's files are its own: it resumes to the whole output.
        assertThat(BatchRuns.run(List.of(input.toString()), out, OutputFormat.JSONL, true).code()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2000);
    }
}
