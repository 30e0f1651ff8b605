package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The programs training runs outside the JVM: Debian's fastText and PyTorch. */
final class ExternalTool {
    private ExternalTool() {
    }

    /**
     * Learns word vectors of {@code dimensions} numbers from a text of space-separated words with
     * fastText's skip-gram (character n-grams of 2–5, 5 epochs, words seen 3 times or more), on
     * one thread and with a fixed seed so that a second run writes the same vectors. Writes
     * {@code output}.bin and {@code output}.vec, and returns the latter.
     */
    static Path fastTextVectors(Path corpus, Path output, int dimensions) throws IOException, InterruptedException {
        run(List.of("fasttext", "skipgram", "-input", corpus.toString(), "-output", output.toString(),
                "-dim", String.valueOf(dimensions), "-minCount", "3", "-minn", "2", "-maxn", "5", "-epoch", "5",
                "-thread", "1", "-seed", "1", "-verbose", "1"));
        return output.resolveSibling(output.getFileName() + ".vec");
    }

    /** Runs a training tool, its output passed through; fails the command if it fails. */
    static void run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new UserError("cannot run " + command.get(0) + " (on Debian: apt-get install fasttext python3-torch): "
                    + e.getMessage());
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + process.exitValue());
        }
    }
}
