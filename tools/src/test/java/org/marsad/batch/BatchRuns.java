package org.marsad.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.marsad.Marsad;
import org.marsad.write.OutputFormat;

/** Batch runs in the test's JVM, and the small corpora they read. */
final class BatchRuns {
    private BatchRuns() {
    }

    /** A run's exit code and what it printed on stderr. */
    record Result(int code, String stderr) {
    }

    static Result run(List<String> inputs, Path out, OutputFormat format, boolean resume) {
        return run(inputs, out, format, resume, UnaryOperator.identity());
    }

    static Result run(List<String> inputs, Path out, OutputFormat format, boolean resume,
                      UnaryOperator<OutputStream> recordsStream) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BatchOptions options = new BatchOptions(inputs, out, format, resume, 2, 5_000_000, false);
        int code = new BatchRun(options, new PrintStream(err, true, StandardCharsets.UTF_8), recordsStream)
                .run(Marsad::standard, InputStream.nullInputStream());
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    /** A JSONL file of {@code n} short Arabic documents, {@code doc-1}…, each naming actors. */
    static Path documents(Path file, int n) throws IOException {
        String body = (MessyCorpus.KADHIMI_IN_BAGHDAD + " " + MessyCorpus.BIDEN + " ").repeat(5);
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, IntStream.rangeClosed(1, n)
                .mapToObj(i -> "{\"id\":\"doc-" + i + "\",\"text\":\"" + body + "\"}").toList());
    }

    /** The number of lines of a file, 0 when it does not exist. */
    static int lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        int n = 0;
        for (byte b : Files.readAllBytes(file)) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }

    /** {@code marsad annotate ARGS…} in a JVM of its own, output to {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.marsad.cli.Main", "annotate"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
