package org.marsad.parse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.document.Dependency;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Morphology;
import org.marsad.document.Segment;
import org.marsad.document.Token;
import org.marsad.format.SentenceTokens;
import org.marsad.pipeline.Annotator;

/**
 * The {@code parse} stage: a dependency tree in Universal Dependencies 2 relations over each
 * sentence's clitic segments, by CoreNLP's neural transition parser (nndep) trained on UD
 * Arabic-PADT ({@code marsad train-parser}; models/README.md). The parser reads each segment's
 * form and its ATB tag with the case the {@code morph} stage gives it ({@link ParserInput}), as it
 * was trained to.
 */
public final class DependencyParse implements Annotator {
    public static final String MODEL = "org/marsad/models/parse/parser.txt.gz";

    private final DependencyParser parser;

    public DependencyParse(DependencyParser parser) {
        this.parser = parser;
    }

    public static DependencyParse loadDefault() {
        return new DependencyParse(DependencyParser.loadFromModelFile(MODEL));
    }

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.SEGMENTS, Layer.POS, Layer.MORPHOLOGY);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.DEPENDENCIES);
    }

    @Override
    public Document annotate(Document document) {
        List<Dependency> dependencies = new ArrayList<>();
        // The sentences as the formats write them, so that every token is parsed once and in order.
        for (SentenceTokens sentence : SentenceTokens.of(document)) {
            int from = dependencies.size();
            List<Token> tokens = document.tokens().subList(sentence.from(), sentence.to());
            int words = tokens.stream().mapToInt(token -> token.segments().size()).sum();
            dependencies.addAll(parse(tokens, document.morphology().subList(from, from + words)));
        }
        return document.withDependencies(dependencies);
    }

    /** The dependency of each segment of a sentence's tokens, in order, given each segment's morphology. */
    public List<Dependency> parse(List<Token> tokens, List<Morphology> morphology) {
        List<CoreLabel> words = new ArrayList<>();
        for (Token token : tokens) {
            for (Segment segment : token.segments()) {
                CoreLabel word = new CoreLabel();
                word.setWord(ParserInput.form(segment.form()));
                word.setTag(ParserInput.tag(segment.pos(), morphology.get(words.size())));
                word.setIndex(words.size() + 1);
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, words);
        Dependency[] out = new Dependency[words.size()];
        for (TypedDependency arc : parser.predict(sentence).typedDependencies()) {
            out[arc.dep().index() - 1] = new Dependency(arc.gov().index(), arc.reln().toString());
        }
        return List.of(out);
    }
}
