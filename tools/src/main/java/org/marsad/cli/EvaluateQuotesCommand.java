package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.eval.QuoteEvaluation;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code marsad evaluate quotes GOLD.jsonl…}: quotation spans, speakers and direct precision. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quotation span P/R/F1 (content overlapping by 80 %), speaker accuracy on the quotations found, "
                + "and the precision of direct quotations, on gold JSON Lines (corpus/gold/quotes-*.jsonl).")
final class EvaluateQuotesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl")
    List<Path> gold;

    @Mixin
    StageOptions stages;

    @Override
    public Integer call() throws Exception {
        Required.files(gold);
        Pipeline pipeline = stages.marsad().pipeline();
        for (Path file : gold) {
            QuoteEvaluation.Result result = QuoteEvaluation.score(file, pipeline);
            System.out.println(file);
            System.out.println("  quotations  " + result.spans());
            System.out.printf("  speakers    %.2f %% (%d of %d found)%n", result.speakerAccuracy(), result.speakersRight(), result.found());
            System.out.println("  direct      " + String.format("P=%.2f (%d of %d)", result.direct().precision(),
                    result.direct().truePositives(), result.direct().truePositives() + result.direct().falsePositives()));
        }
        return 0;
    }
}
