package org.marsad.cli;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.marsad.Marsad;
import org.marsad.batch.BatchRun;
import org.marsad.read.BadInputException;
import org.marsad.read.SystemReason;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code marsad} command line. */
@Command(name = "marsad", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Marsad: an NLP pipeline for Arabic political news.",
        subcommands = {AnnotateCommand.class, EntitiesCommand.class, IndexCommand.class, ServeCommand.class, EvaluateCommand.class,
                BenchCommand.class, TrainSegmenterCommand.class, TrainParserCommand.class, TrainTaggerCommand.class, TrainNerCommand.class,
                BenchNerCommand.class, BenchServerCommand.class, BenchQueriesCommand.class, BenchExtractionCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with a user's mistake (a missing file, absent data) said in one line, exit code 2. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, command, parsed) -> {
            String message = userMistake(e);
            if (message == null) {
                throw e;   // a bug: its stack trace is what a report needs
            }
            command.getErr().println("marsad: " + message);
            command.getErr().flush();
            return BatchRun.EXIT_CONFIG;
        });
    }

    /** What a user did wrong, in one line, or null when the exception is no user's mistake. */
    private static String userMistake(Exception e) {
        if (e instanceof UserError || e instanceof BadInputException) {
            return e.getMessage();
        }
        // A file the user named or left out, also where a stream or helper could only throw it unchecked.
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof FileSystemException fs && fs.getFile() != null) {
            return SystemReason.withFile(fs);
        }
        return null;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"marsad " + org.marsad.Version.CURRENT};
        }
    }
}
