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

/** What a run says of itself on stderr: the summary in good English, a progress bar in units that move. */
class RunReportTest {

    @Test
    void theSummaryCountsInTheSingularAndNamesSkippedRecordsOnlyWhenThereAreSome() {
        RunStats stats = new RunStats();
        stats.documents.set(1);
        stats.words.set(1);
        stats.errors.set(1);
        assertThat(stats.summary()).matches("marsad: 1 document, 1 word, 1 error, 0:00:0\\d\\.\\d wall time, \\d+ words/s");
        stats.documents.set(3);
        stats.words.set(0);
        stats.skippedRecords.set(2);
        assertThat(stats.summary()).startsWith("marsad: 3 documents, 0 words, 1 error, 2 non-HTML WARC records skipped, ");
        stats.skippedRecords.set(1);
        assertThat(stats.summary()).contains(", 1 non-HTML WARC record skipped, ");
    }

    private static String progressOf(Path input, Path out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BatchOptions options = new BatchOptions(List.of(input.toString()), out, OutputFormat.JSONL, false, 2, 5_000_000, true);
        int code = new BatchRun(options, new PrintStream(err, true, StandardCharsets.UTF_8)).run(Marsad::standard,
                InputStream.nullInputStream());
        assertThat(code).isZero();
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theProgressOfASmallInputIsCountedInKilobytesOrBytesNotZeroMegabytes(@TempDir Path dir) throws IOException {
        Path kilobytes = BatchRuns.documents(dir.resolve("in.jsonl"), 4);
        assertThat(Files.size(kilobytes)).isBetween(2048L, 1L << 20);
        String bar = progressOf(kilobytes, dir.resolve("out.jsonl"));
        assertThat(bar).contains("100%").contains("/" + Files.size(kilobytes) / 1024 + " KB").contains(" 4 docs, ").doesNotContain(" MB");

        Path bytes = Files.writeString(dir.resolve("one.jsonl"), "{\"id\":\"a\",\"text\":\"وصل بايدن إلى بغداد.\"}\n");
        assertThat(progressOf(bytes, dir.resolve("one-out.jsonl"))).contains("/" + Files.size(bytes) + " B").contains(" 1 doc, ")
                .doesNotContain(" KB", " MB");
    }
}
