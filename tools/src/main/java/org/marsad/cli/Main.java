package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command line. */
@Command(name = "marsad", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Marsad: an NLP pipeline for Arabic political news.",
        subcommands = {AnnotateCommand.class, EntitiesCommand.class, EvaluateCommand.class, BenchCommand.class,
                TrainSegmenterCommand.class, TrainNerCommand.class, BenchNerCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"marsad " + org.marsad.Version.CURRENT};
        }
    }
}
