package org.marsad.cli;

import java.io.IOException;
import java.util.List;

/** The programs training runs outside the JVM: Debian's fastText and PyTorch. */
final class ExternalTool {
    private ExternalTool() {
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
