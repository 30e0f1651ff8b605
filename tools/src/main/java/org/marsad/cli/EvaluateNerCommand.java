package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Models;
import org.marsad.Stages;
import org.marsad.eval.NerScore;
import org.marsad.format.GoldSentence;
import org.marsad.format.conll.ConllReader;
import org.marsad.ner.features.TokenMorphology;
import org.marsad.ner.model.NeuralNer;
import org.marsad.segment.SegmentationLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad evaluate ner GOLD…}: the learned NER model against CoNLL gold files. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Exact-span micro and per-type P/R/F1 (conlleval's reading) of the learned NER model on CoNLL 'token TAG' files "
                + "(IOB2; PERS/PER, ORG, LOC, MISC/MIS*): each file, then all of them together.")
final class EvaluateNerCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD")
    List<Path> gold;

    @Option(names = "--model", description = "A model directory written by train-ner (default: the shipped model).")
    Path model;

    @Override
    public Integer call() throws Exception {
        Required.files(gold);
        Models models = Models.shared();
        SegmentationLexicon lexicon = models.segmentationLexicon();
        NeuralNer ner = model == null ? NeuralNer.loadDefault(lexicon) : NeuralNer.load(model, lexicon);
        TokenMorphology morphology = Stages.morphology(models);
        List<List<GoldSentence>> all = new ArrayList<>();
        for (Path file : gold) {
            List<GoldSentence> sentences = ConllReader.sentences(file);
            report(file.toString(), List.of(sentences), ner, morphology);
            all.add(sentences);
        }
        if (gold.size() > 1) {
            report("all " + gold.size() + " files", all, ner, morphology);
        }
        return 0;
    }

    /** Scores the model on gold documents, each tagged as one run of sentences (a file without document breaks is one). */
    static void report(String name, List<List<GoldSentence>> gold, NeuralNer ner, TokenMorphology morphology) {
        NerScore.Result result = NerScore.evaluate(gold, sentences -> ner.tag(sentences, morphology.ofSentences(sentences)));
        System.out.println(name);
        System.out.println(result.toString().indent(2).stripTrailing());
    }
}
