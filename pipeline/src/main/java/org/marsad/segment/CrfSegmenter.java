package org.marsad.segment;

import edu.stanford.nlp.international.arabic.process.ArabicSegmenter;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Segment;
import org.marsad.document.Sentence;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.pipeline.Annotator;

/**
 * Splits every token into clitic segments (ATB scheme: conjunctions, prepositions, the future
 * marker and pronoun suffixes are split; the article stays on its noun) with CoreNLP's Arabic
 * CRF segmenter, one sentence at a time. Known names are protected: the CRF reads بايدن as
 * ب + ايدن, so a token whose stem is a {@link NameGuard} name keeps the name whole and only its
 * proclitics are split.
 */
public final class CrfSegmenter implements Annotator {
    public static final String MODEL = "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz";

    private final ArabicSegmenter shared;
    private final ThreadLocal<ArabicSegmenter> perThread;
    private final NameGuard guard;

    public CrfSegmenter(NameGuard guard) {
        Properties props = new Properties();
        this.shared = new ArabicSegmenter(props);
        shared.loadSegmenter(MODEL, props);
        // Copies share the loaded model; one per thread keeps each call's scratch state private.
        this.perThread = ThreadLocal.withInitial(() -> new ArabicSegmenter(shared));
        this.guard = guard;
    }

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
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
        List<Token> out = new ArrayList<>(document.tokens().size());
        for (Sentence sentence : document.sentences()) {
            out.addAll(segmentSentence(document, document.tokensIn(sentence.span())));
        }
        return document.withTokens(out, Layer.SEGMENTS);
    }

    private List<Token> segmentSentence(Document document, List<Token> tokens) {
        // The segmenter sees the words joined by single spaces, so that every piece it returns
        // falls inside one of our tokens and maps back by a shift. Tokens without a letter
        // (numbers, punctuation, emoji) have nothing to segment and are left out.
        StringBuilder joined = new StringBuilder();
        int[] startInJoined = new int[tokens.size()];
        List<List<CoreLabel>> piecesByToken = new ArrayList<>(tokens.size());
        List<Integer> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            piecesByToken.add(new ArrayList<>(2));
            String surface = document.text(tokens.get(i).span());
            if (surface.chars().anyMatch(Character::isLetter)) {
                if (!joined.isEmpty()) {
                    joined.append(' ');
                }
                startInJoined[i] = joined.length();
                joined.append(surface);
                words.add(i);
            }
        }
        if (!words.isEmpty()) {
            int w = 0;
            for (CoreLabel piece : perThread.get().segmentStringToTokenList(joined.toString())) {
                while (w + 1 < words.size() && piece.beginPosition() >= startInJoined[words.get(w + 1)]) {
                    w++;
                }
                piecesByToken.get(words.get(w)).add(piece);
            }
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String surface = document.text(token.span());
            List<Segment> protectedName = guard.segment(surface, token.span().start());
            out.add(token.withSegments(protectedName != null ? protectedName
                    : toSegments(surface, token.span().start(), startInJoined[i], piecesByToken.get(i))));
        }
        return out;
    }

    /**
     * A segment's form: its surface, unless the CRF restored the article's alef that writing
     * drops after ل ("لكاظمي" → "الكاظمي"); the CRF's own word is in its normalised spelling, so
     * the alef is put before the surface instead.
     */
    private static String form(String piece, String crfWord) {
        return crfWord.length() > piece.length() && crfWord.startsWith("ال") && piece.startsWith("ل") ? "ا" + piece : piece;
    }

    /**
     * The segments of one token from the segmenter's pieces. Pieces are made contiguous and to
     * cover the token (the segmenter skips nothing we keep, but a dropped mark must not leave a
     * gap).
     */
    static List<Segment> toSegments(String surface, int tokenStart, int startInJoined, List<CoreLabel> pieces) {
        if (pieces.size() <= 1) {
            return List.of(new Segment(new Span(tokenStart, tokenStart + surface.length()), surface, null));
        }
        List<Segment> segments = new ArrayList<>(pieces.size());
        int from = 0;
        for (int p = 0; p < pieces.size(); p++) {
            int to = p + 1 == pieces.size() ? surface.length()
                    : Math.min(surface.length(), Math.max(from + 1, pieces.get(p + 1).beginPosition() - startInJoined));
            if (to <= from) {
                break;
            }
            String piece = surface.substring(from, to);
            segments.add(new Segment(new Span(tokenStart + from, tokenStart + to), form(piece, pieces.get(p).word()), null));
            from = to;
        }
        return segments;
    }
}
