package org.marsad.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.marsad.document.Document;
import org.marsad.extract.ArticleExtractor;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.StandardPipeline;
import org.marsad.read.InputError;
import org.marsad.read.InputReader;
import org.marsad.read.Page;
import org.marsad.write.DocumentWriter;
import org.marsad.write.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad annotate INPUT… [-o OUT]}: every page in, one JSON record per article or headline out. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Extract articles from pages and annotate them (JSON Lines, CoNLL-U, CoNLL or HTML out).")
final class AnnotateCommand implements Callable<Integer> {
    static final int EXIT_SOME_INPUTS_FAILED = 3;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (.txt, .html, .htm, .jsonl) or directories; - reads JSON Lines from standard input.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", converter = OutputFormatConverter.class,
            completionCandidates = OutputFormatConverter.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        AtomicLong failures = new AtomicLong();
        Pipeline pipeline = StandardPipeline.create();
        ArticleExtractor extractor = new ArticleExtractor();
        InputReader reader = new InputReader(e -> report(err, failures, e), System.in);
        long documents = 0;
        try (OutputStream out = open(output); DocumentWriter writer = format.open(out);
             Stream<Page> pages = reader.read(inputs)) {
            for (Page page : (Iterable<Page>) pages::iterator) {
                for (Document document : extractor.extract(page)) {
                    try {
                        pipeline.annotate(document);
                        writer.write(document);
                        documents++;
                    } catch (RuntimeException e) {
                        report(err, failures, new InputError(page.source().path(), 0,
                                "document " + document.id() + " failed: " + e));
                    }
                }
            }
        }
        err.printf("marsad: %d documents written, %d inputs failed%n", documents, failures.get());
        return failures.get() == 0 ? 0 : EXIT_SOME_INPUTS_FAILED;
    }

    private static void report(PrintStream err, AtomicLong failures, InputError error) {
        failures.incrementAndGet();
        err.println("marsad: skipped " + error);
    }

    private static OutputStream open(Path output) throws IOException {
        if (output == null) {
            return new BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(output));
    }
}
