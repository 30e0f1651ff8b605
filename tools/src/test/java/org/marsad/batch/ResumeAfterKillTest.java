package org.marsad.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.write.OutputFormat;

/**
 * A run killed part-way (a real kill -9 of a real process) and resumed, in every format: the
 * output is byte for byte that of a run never killed, so every document is in it exactly once.
 */
class ResumeAfterKillTest {
    private static final int DOCUMENTS = 40;

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void aKilledRunResumesToTheOutputOfAnUninterruptedOne(OutputFormat format, @TempDir Path dir) throws Exception {
        Path input = BatchRuns.documents(dir.resolve("docs.jsonl"), DOCUMENTS);
        Path out = dir.resolve("out." + format.label());
        Path journal = dir.resolve("out." + format.label() + ".done");

        Process run = BatchRuns.start(dir.resolve("run.log"), input.toString(), "-o", out.toString(),
                "--format", format.label(), "--threads", "2");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (BatchRuns.lines(journal) < 6 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        run.destroyForcibly().waitFor();
        // The journal's first line is the command; then one line per finished document.
        assertThat(BatchRuns.lines(journal) - 1).as("killed part-way").isBetween(1, DOCUMENTS - 1);
        // As if killed in the middle of a write: half a record with no newline.
        Files.writeString(out, "{\"id\":\"doc-half\",\"kind\":\"docu", StandardOpenOption.APPEND);

        BatchRuns.Result resumed = BatchRuns.run(List.of(input.toString()), out, format, true);
        assertThat(resumed.code()).isZero();
        assertThat(resumed.stderr()).contains("input units already done");
        assertThat(BatchRuns.lines(journal)).isEqualTo(1 + DOCUMENTS);

        Path whole = dir.resolve("whole." + format.label());
        assertThat(BatchRuns.run(List.of(input.toString()), whole, format, false).code()).isZero();
        assertThat(Files.readString(out)).isEqualTo(Files.readString(whole));
    }
}
