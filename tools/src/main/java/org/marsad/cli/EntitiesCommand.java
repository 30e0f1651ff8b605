package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.report.ActorTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad entities OUT.jsonl… [--csv]}: the actors of an annotated corpus with mention and quotation counts. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Print the actors of annotated JSON Lines output with their mention and document counts.")
final class EntitiesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "OUT.jsonl", description = "Output of 'marsad annotate'.")
    List<Path> files;

    @Option(names = "--csv", description = "Write CSV instead of an aligned table.")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        Required.files(files);
        ActorTable table = ActorTable.of(files);
        var out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, java.nio.charset.StandardCharsets.UTF_8);
        if (csv) {
            table.printCsv(out);
        } else {
            table.printTable(out);
        }
        out.flush();
        return 0;
    }
}
