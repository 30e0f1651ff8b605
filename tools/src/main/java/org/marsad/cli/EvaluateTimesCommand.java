package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.eval.TimeEvaluation;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code marsad evaluate times GOLD.jsonl…}: time expression spans and values. */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = "Time expression span P/R/F1 (exact, and overlapping by 80 %) and the accuracy of the ISO 8601 values "
                + "of those found, on gold JSON Lines (corpus/gold/quotes-*.jsonl).")
final class EvaluateTimesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl")
    List<Path> gold;

    @Mixin
    StageOptions stages;

    @Override
    public Integer call() throws Exception {
        Required.files(gold);
        Pipeline pipeline = stages.marsad().pipeline();
        for (Path file : gold) {
            TimeEvaluation.Result result = TimeEvaluation.score(file, pipeline);
            System.out.println(file);
            System.out.println("  exact spans    " + result.exact());
            System.out.println("  overlap spans  " + result.overlap());
            System.out.printf("  values         %.2f %% (%d of %d found)%n", result.valueAccuracy(), result.valuesRight(), result.found());
        }
        return 0;
    }
}
