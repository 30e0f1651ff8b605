package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.eval.EntityEvaluation;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code marsad evaluate entities GOLD.jsonl…}: mention and linking scores of the pipeline. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Entity mention P/R/F1 (exact span and type) and pairwise linking F1 on gold JSON Lines (corpus/gold/).")
final class EvaluateEntitiesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl")
    List<Path> gold;

    @Mixin
    StageOptions stages;

    @Override
    public Integer call() throws Exception {
        Required.files(gold);
        Pipeline pipeline = stages.marsad().pipeline();
        for (Path file : gold) {
            EntityEvaluation.Result result = EntityEvaluation.score(file, pipeline);
            System.out.println(file);
            System.out.println("  mentions  " + result.mentions());
            result.perType().forEach((type, prf) -> System.out.printf("  %-12s %s%n", type, prf));
            System.out.println("  linking   " + result.linking());
        }
        if (pipeline.times() != null) {
            System.out.println(pipeline.times().table());
        }
        return 0;
    }
}
