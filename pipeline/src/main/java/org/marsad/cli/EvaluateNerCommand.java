package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.eval.ConllNerReader;
import org.marsad.eval.NerScore;
import org.marsad.eval.NerSentence;
import org.marsad.kb.KnowledgeBase;
import org.marsad.ner.model.NeuralNer;
import org.marsad.ner.features.TokenMorphology;
import org.marsad.pipeline.StandardPipeline;
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
        SegmentationLexicon lexicon = SegmentationLexicon.loadDefault();
        NeuralNer ner = model == null ? NeuralNer.loadDefault(lexicon) : NeuralNer.load(model, lexicon);
        TokenMorphology morphology = StandardPipeline.morphology(KnowledgeBase.loadDefault(), lexicon);
        List<List<NerSentence>> all = new ArrayList<>();
        for (Path file : gold) {
            List<NerSentence> sentences = ConllNerReader.read(file);
            report(file.toString(), List.of(sentences), ner, morphology);
            all.add(sentences);
        }
        if (gold.size() > 1) {
            report("all " + gold.size() + " files", all, ner, morphology);
        }
        return 0;
    }

    /** Scores the model on gold documents, each tagged as one run of sentences (a file without document breaks is one). */
    static void report(String name, List<List<NerSentence>> gold, NeuralNer ner, TokenMorphology morphology) {
        NerScore.Result result = NerScore.evaluate(gold, sentences -> ner.tag(sentences, morphology.ofSentences(sentences)));
        System.out.println(name);
        System.out.println(result.toString().indent(2).stripTrailing());
    }
}
