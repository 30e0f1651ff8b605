package org.marsad.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.format.DocumentWriter;
import org.marsad.write.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad evaluate ud}: Marsad's CoNLL-U from the raw sentences of UD Arabic-PUD (the
 * {@code # text} of each), scored against the treebank by the CoNLL 2018 shared-task scorer,
 * which aligns Marsad's words with the gold ones however each split the text.
 */
@Command(name = "ud", mixinStandardHelpOptions = true,
        description = "Words, UPOS, UFeats, LAS and UAS on UD Arabic-PUD from its raw sentences (CoNLL 2018 scorer).")
final class EvaluateUdCommand implements Callable<Integer> {
    static final String UD_PUD = "ud-arabic-pud/ar_pud-ud-test.conllu";

    @Option(names = "--data", defaultValue = "../shared/data", description = "The shared data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--scorer", defaultValue = "../shared/tools/ud-validator/score",
            description = "The CoNLL 2018 scorer (default: ${DEFAULT-VALUE}).")
    Path scorer;

    @Option(names = "--stages", defaultValue = "tokenize,ssplit,segment,pos,morph,parse",
            description = "The stages that annotate each sentence (default: ${DEFAULT-VALUE}).")
    String stages;

    @Option(names = "-o", defaultValue = "target/pud-system.conllu", description = "Where Marsad's CoNLL-U goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Required.sharedData("evaluate ud", data, List.of(UD_PUD));
        Required.files(List.of(scorer));
        Path gold = data.resolve(UD_PUD);
        List<String> sentences = Files.readAllLines(gold, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("# text = ")).map(line -> line.substring("# text = ".length())).toList();
        Marsad nlp = Marsad.builder().stages(stages).build();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out); DocumentWriter writer = OutputFormat.CONLLU.open(file)) {
            for (int s = 0; s < sentences.size(); s++) {
                writer.write(nlp.annotate(Document.builder(sentences.get(s)).id("pud-" + (s + 1)).lang("ar").build()));
            }
        }
        System.out.printf("%d sentences of %s annotated by %s into %s%n", sentences.size(), gold, stages, out);
        return new ProcessBuilder(scorer.toString(), "-v", gold.toString(), out.toString()).inheritIO().start().waitFor();
    }
}
