package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Marsad's annotate and CoreNLP's own Arabic pipeline on the same JSONL file, each as a
 * whole process (JVM start and model loading included), one after the other in one run, and
 * reports wall time, words/s, peak resident memory and the ratio. Machines here are shared
 * and noisy, so only the side-by-side ratio is meaningful.
 */
public final class Benchmark {

    /** One measured process. */
    public record Run(String name, double seconds, long peakRssKb) {
        public double wordsPerSecond(long words) {
            return words / seconds;
        }
    }

    private final Path input;
    private final int threads;
    private final String marsadJavaOptions;
    private final String coreNlpJavaOptions;

    public Benchmark(Path input, int threads, String marsadJavaOptions, String coreNlpJavaOptions) {
        this.input = input;
        this.threads = threads;
        this.marsadJavaOptions = marsadJavaOptions;
        this.coreNlpJavaOptions = coreNlpJavaOptions;
    }

    /** Whitespace words of the input texts: the one word count both pipelines are divided by. */
    public long words() throws IOException {
        long words = 0;
        for (String text : ArticleTexts.read(input)) {
            String stripped = text.strip();
            words += stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
        }
        return words;
    }

    public Run marsad() throws IOException, InterruptedException {
        return marsad("marsad", List.of());
    }

    /** Marsad's {@code annotate} with more options (such as {@code --stages}), named {@code name} in the table. */
    public Run marsad(String name, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("org.marsad.cli.Main", "annotate", input.toString(),
                "-o", Files.createTempFile("marsad-bench", ".jsonl").toString(), "--threads", String.valueOf(threads), "--quiet"));
        command.addAll(options);
        return ProcessMeter.run(name, java(marsadJavaOptions, command));
    }

    public Run coreNlp() throws IOException, InterruptedException {
        return ProcessMeter.run("corenlp", java(coreNlpJavaOptions,
                List.of(CoreNlpBaseline.class.getName(), input.toString(), String.valueOf(threads))));
    }

    private static List<String> java(String javaOptions, List<String> mainAndArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!javaOptions.isBlank()) {
            command.addAll(List.of(javaOptions.strip().split("\\s+")));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArgs);
        return command;
    }
}
