package org.marsad.batch;

import java.nio.file.Path;
import java.util.List;
import org.marsad.write.OutputFormat;

/**
 * A batch run's settings: the inputs, the output file (null for standard output, which cannot be
 * resumed) and its format, whether to resume a killed run into it, worker threads, the largest
 * document taken in chars, and whether to draw a progress bar (only ever on a terminal).
 */
public record BatchOptions(List<String> inputs, Path output, OutputFormat format, boolean resume, int threads,
                           long maxChars, boolean progress) {
}
