package org.marsad.batch;

import java.util.List;
import org.marsad.read.InputFile;
import org.marsad.read.InputReader;
import org.marsad.write.OutputFormat;

/**
 * What a run's output was made from: the output format and the inputs, each by its canonical
 * path, so that {@code ./in.jsonl} and {@code in.jsonl} are one input. The journal starts with
 * it, and a run is only resumed by the same command.
 */
record RunCommand(OutputFormat format, List<String> inputs) {

    static RunCommand of(OutputFormat format, List<String> inputs) {
        return new RunCommand(format, inputs.stream()
                .map(input -> InputReader.STDIN.equals(input) ? input : InputFile.canonical(input)).toList());
    }
}
