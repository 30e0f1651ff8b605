package org.marsad.parse.train;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.marsad.document.Morphology;
import org.marsad.parse.ParserInput;
import org.marsad.pos.PosTagger;

/**
 * Trains CoreNLP's neural transition parser (nndep, Chen and Manning 2014) on a UD treebank in
 * UD 2 labels. The parser reads what the pipeline gives it at run time: each word in the
 * tagger's orthography (no diacritics, which the treebank has and news lacks) and the ATB tag
 * of CoreNLP's tagger with the case of Marsad's morphological tagger (jackknifed: each sentence
 * tagged by a model that never saw it), not the treebank's gold tags, so that training and
 * tagging see the same kind of input. One sentence in {@value #DEV_EVERY} is held out for nndep's choice of the best
 * iteration.
 */
public final class ParserTrainer {
    public static final int DEV_EVERY = 20;
    /** nndep's embedding size, which pretrained word vectors must have. */
    public static final int EMBEDDING_SIZE = 50;

    /**
     * nndep's settings that differ from its defaults (tuned for the Penn Treebank on many cores):
     * smaller batches and hidden layer, a larger learning rate, and words seen once left to its
     * unknown-word vector, so that training on 56,000 words ends in minutes on two cores. With
     * {@code embeddings} (a file of {@value #EMBEDDING_SIZE}-dimensional word vectors, no header) the
     * treebank's words start from those vectors instead of random ones.
     */
    public record Settings(int iterations, int threads, int batchSize, int hiddenSize, double learningRate,
                           int wordCutOff, Path embeddings) {
        Properties properties() {
            Properties props = new Properties();
            props.setProperty("language", "Arabic");
            props.setProperty("maxIter", String.valueOf(iterations));
            props.setProperty("trainingThreads", String.valueOf(threads));
            props.setProperty("batchSize", String.valueOf(batchSize));
            props.setProperty("hiddenSize", String.valueOf(hiddenSize));
            props.setProperty("adaAlpha", String.valueOf(learningRate));
            props.setProperty("wordCutOff", String.valueOf(wordCutOff));
            props.setProperty("embeddingSize", String.valueOf(EMBEDDING_SIZE));
            props.setProperty("evalPerIter", String.valueOf(Math.max(50, iterations / 20)));
            return props;
        }
    }

    private ParserTrainer() {
    }

    /**
     * Writes the training and held-out files under {@code work}, then the model to {@code model}:
     * from a treebank in UD 2 labels and the morphological tagger's analyses of its words. Returns
     * the model's score on the held-out sentences.
     */
    public static AttachmentScore train(List<List<UdWord>> converted, List<List<Morphology>> morphology, PosTagger tagger,
                                        Path work, Path model, Settings settings) throws IOException {
        Files.createDirectories(work);
        Path train = work.resolve("train.conllx");
        Path dev = work.resolve("dev.conllx");
        try (Writer trainOut = Files.newBufferedWriter(train, StandardCharsets.UTF_8);
             Writer devOut = Files.newBufferedWriter(dev, StandardCharsets.UTF_8)) {
            for (int s = 0; s < converted.size(); s++) {
                writeConllX(converted.get(s), morphology.get(s), tagger, s % DEV_EVERY == DEV_EVERY - 1 ? devOut : trainOut);
            }
        }
        new DependencyParser(settings.properties()).train(train.toString(), dev.toString(), model.toString(),
                settings.embeddings() == null ? null : settings.embeddings().toString());
        Path parsed = work.resolve("dev-parsed.conllx");
        DependencyParser.loadFromModelFile(model.toString()).testCoNLL(dev.toString(), parsed.toString());
        return AttachmentScore.of(dev, parsed);
    }

    /** One sentence as CoNLL-X, the format nndep reads: FORM and POSTAG as the parser sees them, HEAD, DEPREL. */
    static void writeConllX(List<UdWord> sentence, List<Morphology> morphology, PosTagger tagger, Writer out)
            throws IOException {
        List<String> forms = new ArrayList<>(sentence.size());
        sentence.forEach(word -> forms.add(word.form()));
        List<String> tags = tagger.tags(forms);
        for (int i = 0; i < sentence.size(); i++) {
            UdWord word = sentence.get(i);
            out.write(String.join("\t", String.valueOf(i + 1), ParserInput.form(word.form()), "_", word.upos(),
                    ParserInput.tag(tags.get(i), morphology.get(i)), "_", String.valueOf(word.head()), word.relation(), "_", "_"));
            out.write('\n');
        }
        out.write('\n');
    }
}
