package org.marsad.cli;

import picocli.CommandLine.Command;

/** {@code marsad evaluate …}: scores against gold data; each kind of evaluation is a subcommand. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score Marsad against gold data.",
        subcommands = {EvaluateSegmentationCommand.class, EvaluateUdCommand.class, EvaluateEntitiesCommand.class, EvaluateNerCommand.class,
            EvaluateQuotesCommand.class, EvaluateTimesCommand.class, EvaluateExtractionCommand.class})
final class EvaluateCommand {
}
