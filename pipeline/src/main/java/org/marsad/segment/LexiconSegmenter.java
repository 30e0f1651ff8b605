package org.marsad.segment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.ArabicText;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Segment;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.pipeline.Annotator;

/**
 * Marsad's default clitic segmenter, a distillation of CoreNLP's CRF ({@link CrfSegmenter}):
 * a known name stays whole ({@link NameGuard}); a word the CRF splits differently by context is
 * split as its neighbours suggest ({@link ContextualSegmenter}); any other word the
 * {@link SegmentationLexicon} knows splits as the CRF split it most often; the rest are split
 * by the {@link CliticModel}.
 * Each word costs a hash lookup where the CRF decodes a sentence, which is what makes batch
 * runs fast. Diacritics and tatweel are looked through: the word is looked up bare and the
 * boundaries are mapped back onto the written word.
 */
public final class LexiconSegmenter implements Annotator {
    private final NameGuard guard;
    private final SegmentationLexicon lexicon;
    private final CliticModel model;
    private final ContextualSegmenter contexts;

    public LexiconSegmenter(NameGuard guard, SegmentationLexicon lexicon, CliticModel model, ContextualSegmenter contexts) {
        this.guard = guard;
        this.lexicon = lexicon;
        this.model = model;
        this.contexts = contexts;
    }

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.SEGMENTS);
    }

    /** Segmented tokens carry no tags yet. */
    @Override
    public Set<Layer> invalidates() {
        return EnumSet.of(Layer.POS);
    }

    @Override
    public Document annotate(Document document) {
        List<Token> tokens = document.tokens();
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String surface = document.text(token.span());
            List<Segment> segments = guard.segment(surface, token.span().start());
            if (segments == null && contexts.isAmbiguous(surface)) {
                segments = contexts.segment(surface, ContextualSegmenter.neighbour(document, tokens, i - 1),
                        ContextualSegmenter.neighbour(document, tokens, i + 1)).at(token.span().start());
            }
            out.add(token.withSegments(segments != null ? segments : segment(surface, token.span().start())));
        }
        return document.withTokens(out, Layer.SEGMENTS);
    }

    /** The segments of one surface token starting at {@code start}, out of context. */
    private List<Segment> segment(String surface, int start) {
        Segmentation known = lexicon.get(surface);
        if (known != null) {
            return known.at(start);
        }
        Bare bare = Bare.of(surface);
        if (bare.word().isEmpty() || !bare.word().chars().allMatch(Character::isLetter)) {
            return Segmentation.whole(surface).at(start);
        }
        Segmentation segmentation = lexicon.get(bare.word());
        if (segmentation == null) {
            segmentation = restoreArticle(model.segment(bare.word(), lexicon::isWhole));
        }
        return bare.mapBack(segmentation, surface, start);
    }

    /**
     * After the preposition ل the article's alef is not written: the CRF gives the segment after
     * ل + ل the form ال…, and so must the model, where the lexicon knows that word with ال.
     */
    private Segmentation restoreArticle(Segmentation s) {
        String[] forms = s.forms().clone();
        for (int i = 1; i < forms.length; i++) {
            if (forms[i - 1].endsWith("ل") && forms[i - 1].length() <= 2 && forms[i].startsWith("ل")
                    && lexicon.contains("ا" + forms[i])) {
                forms[i] = "ا" + forms[i];
            }
        }
        return new Segmentation(s.lengths(), forms);
    }

    /** A word without its diacritics and tatweel, and where each remaining letter stood. */
    private record Bare(String word, int[] positions) {

        static Bare of(String surface) {
            StringBuilder word = new StringBuilder(surface.length());
            int[] positions = new int[surface.length()];
            for (int i = 0; i < surface.length(); i++) {
                char c = surface.charAt(i);
                if (!ArabicText.isDiacritic(c) && c != '\u0640') {
                    positions[word.length()] = i;
                    word.append(c);
                }
            }
            return new Bare(word.toString(), positions);
        }

        /** The segments on the written word: marks after a letter stay with its segment. */
        List<Segment> mapBack(Segmentation segmentation, String surface, int start) {
            List<Segment> segments = new ArrayList<>(segmentation.lengths().length);
            int bareFrom = 0;
            int from = 0;
            for (int i = 0; i < segmentation.lengths().length; i++) {
                int bareTo = bareFrom + segmentation.lengths()[i];
                int to = bareTo >= word.length() ? surface.length() : positions[bareTo];
                String piece = surface.substring(from, to);
                String form = segmentation.forms()[i].equals(word.substring(bareFrom, bareTo)) ? piece : segmentation.forms()[i];
                segments.add(new Segment(new Span(start + from, start + to), form, null));
                bareFrom = bareTo;
                from = to;
            }
            return segments;
        }
    }
}
