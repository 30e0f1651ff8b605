package org.marsad.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.marsad.Marsad;
import org.marsad.pipeline.PageResult;
import org.marsad.read.InputError;
import org.marsad.read.InputFile;
import org.marsad.read.InputReader;
import org.marsad.read.Page;
import org.marsad.read.ReadOptions;
import org.marsad.read.SystemReason;
import org.marsad.read.Unit;

/**
 * A corpus-scale run: inputs are read one page at a time on the calling thread, extracted,
 * language-checked and annotated on {@code threads} workers, and written in input order with the
 * journal that lets {@code --resume} finish a killed run (see {@link RunOutput}). Every input ends
 * up annotated or in the errors file; nothing about one input stops the run.
 */
public final class BatchRun {
    public static final int EXIT_OK = 0;
    public static final int EXIT_OUTPUT_FAILED = 1;
    public static final int EXIT_CONFIG = 2;
    public static final int EXIT_SOME_INPUTS_FAILED = 3;

    private final BatchOptions options;
    private final PrintStream err;
    private final RunStats stats = new RunStats();
    /** Started once the inputs' total size is known; the reader reports bytes consumed to it. */
    private ProgressMeter progress;

    /** Wraps the records file's stream: the identity, but for tests that inject a failing disk. */
    private final UnaryOperator<OutputStream> recordsStream;

    public BatchRun(BatchOptions options, PrintStream err) {
        this(options, err, UnaryOperator.identity());
    }

    BatchRun(BatchOptions options, PrintStream err, UnaryOperator<OutputStream> recordsStream) {
        this.options = options;
        this.err = err;
        this.recordsStream = recordsStream;
        this.progress = ProgressMeter.start(false, 0, stats, err);
    }

    /**
     * Runs the batch and returns the exit code. The models are loaded only once the inputs are
     * listed and the output is known to be writable, so a configuration error costs no model
     * loading: when no input is there at all (every file missing, every glob unmatched), the run
     * ends before it writes anything; inputs missing beside others go to the errors file.
     */
    public int run(Supplier<Marsad> marsad, InputStream stdin) {
        List<InputError> unlisted = new ArrayList<>();
        List<InputFile> files = InputReader.files(options.inputs(), unlisted::add);
        if (files.isEmpty() && !unlisted.isEmpty()) {
            unlisted.forEach(error -> err.println("marsad: no input to annotate: " + error));
            return EXIT_CONFIG;
        }
        RunOutput output;
        try {
            output = openOutput();
        } catch (RefusedOutput e) {
            err.println("marsad: " + e.getMessage());
            return EXIT_CONFIG;
        } catch (IOException | UncheckedIOException e) {
            err.println("marsad: cannot write " + options.output() + ": " + SystemReason.withFile(e));
            return EXIT_CONFIG;
        }
        if (output.resumedUnits() > 0) {
            err.printf("marsad: resuming %s: %d input units already done%n", options.output(), output.resumedUnits());
        }
        Marsad nlp;
        try {
            nlp = marsad.get();
        } catch (IllegalArgumentException e) {
            // Stages in an order their requirements refuse: known once they are made.
            output.close();
            err.println("marsad: " + e.getMessage());
            return EXIT_CONFIG;
        }
        try (output) {
            unlisted.forEach(error -> fail(output, error));
            annotateAll(nlp, output, files, stdin);
        } catch (OutputFailure e) {
            err.println(stats.summary());
            err.println("marsad: " + e.getMessage() + (options.output() == null ? ""
                    : "; what was written is journaled: once that is fixed, the same command with --resume finishes the run"));
            return EXIT_OUTPUT_FAILED;
        }
        err.println(stats.summary());
        if (nlp.pipeline().times() != null) {
            err.println(nlp.pipeline().times().table());
        }
        return stats.errors.get() + output.previousErrors() == 0 ? EXIT_OK : EXIT_SOME_INPUTS_FAILED;
    }

    /** Reads, annotates and writes every input; throws only when the output cannot be written. */
    private void annotateAll(Marsad nlp, RunOutput output, List<InputFile> files, InputStream stdin) {
        InputReader reader = new InputReader(error -> fail(output, error), stdin,
                new ReadOptions(options.maxChars(), output::isDone, new ReadOptions.Listener() {
                    @Override
                    public void consumed(long bytes) {
                        progress.consumed(bytes);
                    }

                    @Override
                    public void skippedRecord(Unit unit, String type) {
                        stats.skippedRecords.incrementAndGet();
                    }
                }));
        progress = ProgressMeter.start(options.progress(), totalBytes(files), stats, err);
        try (ProgressMeter bar = progress;
             OrderedWorkers<Page, UnitResult> workers = new OrderedWorkers<>(options.threads(),
                     page -> annotate(nlp, page), result -> {
                         output.complete(result);
                         // Printed once written: a run stopped by its output blames no input.
                         result.errors().forEach(e -> err.println("marsad: skipped " + e));
                         stats.add(result);
                         progress.consumed(0);
                     }, "marsad");
             Stream<Page> pages = reader.readFiles(files)) {
            pages.forEach(workers::submit);
        }
    }

    /**
     * The output, once it is known not to be an input: a run never opens an input for writing
     * (it would truncate it), nor writes where it reads (it would read its own growing output).
     */
    private RunOutput openOutput() throws IOException, RefusedOutput {
        if (options.output() == null) {
            return RunOutput.stdout(options.format());
        }
        for (Path file : RunOutput.files(options.output())) {
            String input = InputReader.inputCovering(options.inputs(), file);
            if (input != null) {
                throw new RefusedOutput("refusing to write " + file + ": it is read as the input " + input
                        + ", so the run would overwrite or read its own output; choose an -o outside the inputs");
            }
        }
        return RunOutput.open(options.output(), options.resume(), RunCommand.of(options.format(), options.inputs()),
                recordsStream);
    }

    private void fail(RunOutput output, InputError error) {
        if (output.isDone(error.unit())) {
            return;
        }
        UnitResult result = UnitResult.failed(error);
        output.complete(result);
        err.println("marsad: skipped " + error);
        stats.add(result);
    }

    /**
     * One page to its annotated documents and the errors that account for any lost, as every run
     * does it (the CLI here, the Spark job per partition). Nothing is thrown.
     */
    public static UnitResult annotate(Marsad nlp, Page page) {
        PageResult result = nlp.annotate(page);
        List<InputError> errors = result.failures().stream()
                .map(failure -> InputError.inStage(page.unit(), failure.stage(), failure.reason())).toList();
        long words = result.documents().stream().mapToLong(document -> document.tokens().size()).sum();
        return new UnitResult(page.unit(), result.documents(), errors, words);
    }

    private static long totalBytes(List<InputFile> files) {
        long total = 0;
        for (InputFile file : files) {
            if (file == null) {
                return -1;
            }
            try {
                total += Files.size(file.path());
            } catch (IOException e) {
                // Unreadable: reported when it is read; it adds nothing to the total.
            }
        }
        return total;
    }
}
