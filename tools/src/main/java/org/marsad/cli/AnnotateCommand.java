package org.marsad.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.batch.BatchOptions;
import org.marsad.batch.BatchRun;
import org.marsad.read.ReadOptions;
import org.marsad.write.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad annotate INPUT… [-o OUT]}: every page in, one JSON record per article or headline out. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Extract articles from pages and annotate them (JSON Lines, CoNLL-U, CoNLL or HTML out).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every input annotated",
                "1:the output could not be written (disk full...); --resume finishes the run once that is fixed",
                "2:usage or configuration error, or an unsafe output (an input, another run's, another command's)",
                "3:finished, with some inputs in the errors file (OUT.errors.jsonl)"})
final class AnnotateCommand implements Callable<Integer> {
    static final int EXIT_SOME_INPUTS_FAILED = BatchRun.EXIT_SOME_INPUTS_FAILED;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (.txt, .html, .htm, .jsonl, .warc, each optionally .gz), directories, or quoted glob "
                    + "patterns ('crawl/**/*.html'); - reads JSON Lines from standard input.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file (default: standard output). Errors go to OUT.errors.jsonl, the resume journal to OUT.done.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", converter = OutputFormatConverter.class,
            completionCandidates = OutputFormatConverter.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--resume", description = "Continue a killed run into the same OUT: finished inputs are skipped.")
    boolean resume;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Larger documents go to the errors file (default: ${DEFAULT-VALUE}).")
    long maxChars = ReadOptions.DEFAULT_MAX_CHARS;

    @Mixin
    StageOptions stages;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Also index the records into this DuckDB corpus database once the run is done (as 'marsad index').")
    Path db;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws SQLException {
        if (threads < 1) {
            System.err.println("marsad: --threads must be at least 1, not " + threads);
            return BatchRun.EXIT_CONFIG;
        }
        if (maxChars < 1) {
            System.err.println("marsad: --max-chars must be at least 1, not " + maxChars);
            return BatchRun.EXIT_CONFIG;
        }
        String stageProblem = stages.problem();
        if (stageProblem != null) {
            System.err.println("marsad: " + stageProblem);
            return BatchRun.EXIT_CONFIG;
        }
        if (resume && output == null) {
            System.err.println("marsad: --resume needs the output file of the run to resume (-o OUT)");
            return BatchRun.EXIT_CONFIG;
        }
        if (db != null && (output == null || format != OutputFormat.JSONL)) {
            System.err.println("marsad: --db indexes the run's records: it needs -o OUT in the jsonl format");
            return BatchRun.EXIT_CONFIG;
        }
        // A progress bar only on a terminal: never into a log file or a test's captured stderr.
        boolean progress = !quiet && System.console() != null;
        BatchOptions options = new BatchOptions(inputs, output, format, resume, threads, maxChars, progress);
        int exit = new BatchRun(options, System.err).run(stages::marsad, System.in);
        if (db != null && (exit == BatchRun.EXIT_OK || exit == BatchRun.EXIT_SOME_INPUTS_FAILED)) {
            IndexCommand.index(db, List.of(output), System.err);
        }
        return exit;
    }
}
