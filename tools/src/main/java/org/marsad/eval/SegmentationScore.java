package org.marsad.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Segment;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.format.GoldSentence;
import org.marsad.lang.LanguageIdentifier;
import org.marsad.pipeline.Pipeline;
import org.marsad.pos.Upos;

/**
 * Scores clitic segmentation and POS against gold sentences:
 * <ul>
 * <li>token accuracy — the share of surface tokens with a letter whose split points are all right;</li>
 * <li>split-point P/R/F1 — over offsets between two letters where a segment ends;</li>
 * <li>UPOS accuracy — the share of gold words that the system has as a segment with the same
 *     span and the same UPOS (a word the system segmented differently counts as wrong).</li>
 * </ul>
 */
public record SegmentationScore(int tokens, int tokensRight, int splitsRight, int splitsPredicted, int splitsGold,
                                int taggedWords, int taggedRight) {

    public double tokenAccuracy() {
        return 100.0 * tokensRight / Math.max(1, tokens);
    }

    public double splitF1() {
        double p = splitsRight / (double) Math.max(1, splitsPredicted);
        double r = splitsRight / (double) Math.max(1, splitsGold);
        return p + r == 0 ? 0 : 100 * 2 * p * r / (p + r);
    }

    /** UPOS accuracy in percent, or NaN when the gold data has no tags. */
    public double uposAccuracy() {
        return taggedWords == 0 ? Double.NaN : 100.0 * taggedRight / taggedWords;
    }

    /** Runs {@code pipeline} (which must tokenize, split, segment and tag) on every gold sentence. */
    public static SegmentationScore of(List<GoldSentence> gold, Pipeline pipeline) {
        int tokens = 0, tokensRight = 0, splitsRight = 0, splitsPredicted = 0, splitsGold = 0, tagged = 0, taggedRight = 0;
        for (GoldSentence sentence : gold) {
            Document doc = pipeline.annotate(Document.builder(sentence.text()).id("gold").lang(LanguageIdentifier.ARABIC).build());
            String text = sentence.text();
            Set<Integer> goldSplits = new HashSet<>();
            Map<Span, String> goldTags = new HashMap<>();
            for (GoldSentence.Word word : sentence.words()) {
                if (isInsideWord(text, word.span().end())) {
                    goldSplits.add(word.span().end());
                }
                if (word.upos() != null) {
                    goldTags.put(word.span(), word.upos());
                }
            }
            Map<Span, String> predictedTags = new HashMap<>();
            for (Token token : doc.tokens()) {
                Set<Integer> predicted = new HashSet<>();
                for (Segment segment : token.segments()) {
                    if (segment.span().end() < token.span().end()) {
                        predicted.add(segment.span().end());
                    }
                    if (segment.pos() != null) {
                        predictedTags.put(segment.span(), Upos.of(segment.pos(), segment.form()));
                    }
                }
                Set<Integer> expected = new HashSet<>();
                for (int at = token.span().start() + 1; at < token.span().end(); at++) {
                    if (goldSplits.contains(at)) {
                        expected.add(at);
                    }
                }
                if (doc.text(token.span()).chars().anyMatch(Character::isLetter)) {
                    tokens++;
                    tokensRight += expected.equals(predicted) ? 1 : 0;
                }
                predicted.removeIf(at -> !isInsideWord(text, at));
                Set<Integer> right = new HashSet<>(predicted);
                right.retainAll(expected);
                splitsRight += right.size();
                splitsPredicted += predicted.size();
                splitsGold += expected.size();
            }
            for (var goldTag : goldTags.entrySet()) {
                tagged++;
                taggedRight += goldTag.getValue().equals(predictedTags.get(goldTag.getKey())) ? 1 : 0;
            }
        }
        return new SegmentationScore(tokens, tokensRight, splitsRight, splitsPredicted, splitsGold, tagged, taggedRight);
    }

    /** A split point between two letters, i.e. inside an orthographic word. */
    private static boolean isInsideWord(String text, int at) {
        return at > 0 && at < text.length() && Character.isLetter(text.charAt(at - 1)) && Character.isLetter(text.charAt(at));
    }
}
