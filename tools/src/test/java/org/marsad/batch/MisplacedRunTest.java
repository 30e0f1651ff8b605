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
 * A run given no input that exists, or an output it cannot place, ends at once with one line per
 * mistake and exit code 2: before the models load, and before anything is written.
 */
class MisplacedRunTest {

    /** A run whose pipeline must not be loaded. */
    private static BatchRuns.Result runWithoutModels(List<String> inputs, Path out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BatchOptions options = new BatchOptions(inputs, out, OutputFormat.JSONL, false, 2, 5_000_000, false);
        int code = new BatchRun(options, new PrintStream(err, true, StandardCharsets.UTF_8)).run(() -> {
            throw new AssertionError("the models were loaded");
        }, InputStream.nullInputStream());
        return new BatchRuns.Result(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noInputThereAtAllEndsTheRunBeforeTheModelsLoad(@TempDir Path dir) {
        Path missing = dir.resolve("nosuch.jsonl");
        Path out = dir.resolve("out.jsonl");
        BatchRuns.Result run = runWithoutModels(List.of(missing.toString(), dir + "/crawl/**/*.html"), out);
        assertThat(run.code()).isEqualTo(BatchRun.EXIT_CONFIG);
        assertThat(run.stderr().lines()).containsExactly(
                "marsad: no input to annotate: " + missing + ": no such file or directory",
                "marsad: no input to annotate: " + dir + "/crawl/**/*.html: no file matches the pattern");
        assertThat(dir.resolve("out.jsonl")).doesNotExist();
        assertThat(dir.resolve("out.jsonl.done")).doesNotExist();
    }

    @Test
    void aMissingInputBesideOthersGoesToTheErrorsFile(@TempDir Path dir) throws IOException {
        Path input = BatchRuns.documents(dir.resolve("in.jsonl"), 2);
        Path missing = dir.resolve("nosuch.jsonl");
        Path out = dir.resolve("out.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BatchOptions options = new BatchOptions(List.of(missing.toString(), input.toString()), out, OutputFormat.JSONL, false, 2,
                5_000_000, false);
        int code = new BatchRun(options, new PrintStream(err, true, StandardCharsets.UTF_8)).run(Marsad::standard,
                InputStream.nullInputStream());
        assertThat(code).isEqualTo(BatchRun.EXIT_SOME_INPUTS_FAILED);
        assertThat(BatchRuns.lines(out)).isEqualTo(2);
        assertThat(Files.readAllLines(dir.resolve("out.jsonl.errors.jsonl")))
                .containsExactly("{\"path\":\"" + missing + "\",\"reason\":\"no such file or directory\"}");
    }

    @Test
    void anOutputUnderAFileSaysSo(@TempDir Path dir) throws IOException {
        Path input = BatchRuns.documents(dir.resolve("in.jsonl"), 1);
        Path file = BatchRuns.documents(dir.resolve("out.jsonl"), 1);
        BatchRuns.Result run = runWithoutModels(List.of(input.toString()), file.resolve("x.jsonl"));
        assertThat(run.code()).isEqualTo(BatchRun.EXIT_CONFIG);
        assertThat(run.stderr()).isEqualTo("marsad: cannot write " + file.resolve("x.jsonl") + ": " + file
                + " is a file, not a directory" + System.lineSeparator());
    }

    @Test
    void anOutputInAMissingDirectoryIsRefusedAndNoDirectoryMade(@TempDir Path dir) throws IOException {
        Path input = BatchRuns.documents(dir.resolve("in.jsonl"), 1);
        Path out = dir.resolve("missing/dir/out.jsonl");
        BatchRuns.Result run = runWithoutModels(List.of(input.toString()), out);
        assertThat(run.code()).isEqualTo(BatchRun.EXIT_CONFIG);
        assertThat(run.stderr()).isEqualTo("marsad: cannot write " + out + ": the directory " + out.getParent()
                + " does not exist (Marsad makes no directories: create it first)" + System.lineSeparator());
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void anOutputThatIsADirectoryIsRefused(@TempDir Path dir) throws IOException {
        Path input = BatchRuns.documents(dir.resolve("in.jsonl"), 1);
        Path out = Files.createDirectory(dir.resolve("out"));
        BatchRuns.Result run = runWithoutModels(List.of(input.toString()), out);
        assertThat(run.code()).isEqualTo(BatchRun.EXIT_CONFIG);
        assertThat(run.stderr()).isEqualTo("marsad: cannot write " + out + ": it is a directory (give -o a file name)"
                + System.lineSeparator());
        assertThat(out).isEmptyDirectory();
    }
}
