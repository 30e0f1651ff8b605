package org.marsad.cli;

import java.util.List;
import java.util.stream.Stream;
import org.marsad.Marsad;
import org.marsad.Stages;
import picocli.CommandLine.Option;

/** {@code --stages}, {@code --parse} and {@code --profile}: which stages a command runs, like CoreNLP's {@code annotators}. */
final class StageOptions {
    @Option(names = "--stages", paramLabel = "LIST", split = ",",
            description = "The stages to run, in order (default: langid,tokenize,ssplit,segment,pos,ner,ner-model,role,link,time,quote): extract, langid, tokenize, ssplit, "
                    + "segment or segment-crf, pos, ner (knowledge base and rules), ner-model (the learned model), role, "
                    + "link, time (time expressions), quote (quotations and their speakers), morph (UD UPOS and features) and "
                    + "parse (both off by default). extract and "
                    + "langid are added in front when not named.")
    List<String> stages = Stages.DEFAULT;

    @Option(names = "--parse", description = "Add the morphological tagger and the dependency parser (stages morph, parse) "
            + "after the stages: CoNLL-U with UPOS, FEATS, HEAD and DEPREL.")
    boolean parse;

    @Option(names = "--profile", description = "Print the time each stage took at the end of the run.")
    boolean profile;

    /** Why the stages named cannot make a pipeline, found before any model loads; null when they can. */
    String problem() {
        try {
            Stages.validate(names());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The front door these options ask for; its models load when this is called. */
    Marsad marsad() {
        return Marsad.builder().stages(names()).profiled(profile).build();
    }

    private List<String> names() {
        if (!parse) {
            return stages;
        }
        return Stream.concat(stages.stream(), Stream.of("morph", "parse").filter(name -> !stages.contains(name))).toList();
    }
}
