package org.marsad.ner.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.arabic.ArabicText;
import org.marsad.document.Span;
import org.marsad.format.GoldSentence;
import org.marsad.ner.features.TokenFeatures;
import org.marsad.ner.features.TokenFeaturizer;
import org.marsad.ner.features.TokenMorphology;
import org.marsad.tokenize.Tokenizer;

/**
 * Writes what the Python trainer reads: the raw news as matching keys for the word embeddings,
 * and gold sentences as one line of {@link TokenFeatures} and tag per token. The features come
 * from the same {@link TokenFeaturizer} tagging uses.
 */
public final class TrainingExport {
    private final TokenFeaturizer featurizer;
    private final TokenMorphology morphology;

    public TrainingExport(TokenFeaturizer featurizer, TokenMorphology morphology) {
        this.featurizer = featurizer;
        this.morphology = morphology;
    }

    /** One line per text: the matching keys of its tokens, as the embeddings' vocabulary holds them. */
    public static void writeEmbeddingCorpus(List<String> texts, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String text : texts) {
                StringBuilder line = new StringBuilder(text.length());
                for (Span token : Tokenizer.tokenize(text)) {
                    String key = ArabicText.key(text.substring(token.start(), token.end()));
                    if (!key.isEmpty()) {
                        line.append(line.length() == 0 ? "" : " ").append(key);
                    }
                }
                out.write(line.toString());
                out.newLine();
            }
        }
    }

    /**
     * Gold sentences, a document after another: per token a tab-separated line of its features
     * (name lists space-separated, "-" for none) and its gold tag; a blank line after each
     * sentence, and a line "#document" before each document.
     */
    public void writeTagged(List<List<GoldSentence>> documents, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (List<GoldSentence> document : documents) {
                out.write("#document\n");
                List<List<String>> analysed = morphology.ofSentences(document.stream().map(GoldSentence::forms).toList());
                for (int s = 0; s < document.size(); s++) {
                    GoldSentence sentence = document.get(s);
                    List<TokenFeatures> features = featurizer.of(sentence.forms(), analysed.get(s));
                    for (int i = 0; i < features.size(); i++) {
                        TokenFeatures f = features.get(i);
                        out.write(String.join("\t", f.key(), f.stem(), f.morphology(), f.coarseClass(), f.fineClass(), f.shape(),
                                f.lists().isEmpty() ? "-" : String.join(" ", f.lists()), sentence.words().get(i).ner()));
                        out.newLine();
                    }
                    out.newLine();
                }
            }
        }
    }
}
