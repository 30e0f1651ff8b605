package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code INPUT... -o OUT [--parquet] [--overwrite | --incremental]}.
 * An existing OUT is refused unless the run may replace it ({@code --overwrite}) or add to it
 * ({@code --incremental}), so a mistyped OUT never destroys an earlier run's output.
 */
public record JobOptions(List<String> inputs, String out, boolean parquet, boolean overwrite, boolean incremental) {
    static final String USAGE = "usage: SparkAnnotate INPUT... -o OUT [--parquet] [--overwrite | --incremental]";

    public JobOptions {
        inputs = List.copyOf(inputs);
    }

    /** @throws IllegalArgumentException with a one-line reason when the arguments make no run */
    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        boolean parquet = false;
        boolean overwrite = false;
        boolean incremental = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-o", "--output" -> {
                    if (++i == args.length) {
                        throw new IllegalArgumentException(args[i - 1] + " needs a value; " + USAGE);
                    }
                    out = args[i];
                }
                case "--parquet" -> parquet = true;
                case "--overwrite" -> overwrite = true;
                case "--incremental" -> incremental = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
                    }
                    inputs.add(args[i]);
                }
            }
        }
        if (out == null || inputs.isEmpty()) {
            throw new IllegalArgumentException(USAGE);
        }
        if (overwrite && incremental) {
            throw new IllegalArgumentException("--overwrite replaces OUT and --incremental adds to it: give one of them");
        }
        return new JobOptions(inputs, out, parquet, overwrite, incremental);
    }
}
