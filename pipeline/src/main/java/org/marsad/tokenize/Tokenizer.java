package org.marsad.tokenize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.ArabicText;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.pipeline.Annotator;

/**
 * Splits text into surface tokens: runs of letters, marks and digits between spaces, with each
 * punctuation mark or symbol its own token. A number keeps its decimal and thousands separators
 * ("3315.84", "٣٫٥"), and a run of the same punctuation ("..", "؟؟") stays one token.
 * Clitics stay attached: segmenting them is the next stage's job.
 */
public final class Tokenizer implements Annotator {

    @Override
    public String name() {
        return "tokenize";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.TOKENS);
    }

    /** New tokens carry no segments or tags: a tokenizer after the segmenter would drop them. */
    @Override
    public Set<Layer> invalidates() {
        return EnumSet.of(Layer.SEGMENTS, Layer.POS);
    }

    @Override
    public Document annotate(Document document) {
        return document.withTokens(tokenize(document.text()).stream().map(Token::of).toList(), Layer.TOKENS);
    }

    /** The token spans of {@code text}. */
    public static List<Span> tokenize(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                i += Character.charCount(cp);
            } else if (isWordChar(cp)) {
                int end = endOfWord(text, i);
                spans.add(new Span(i, end));
                i = end;
            } else {
                int end = i + Character.charCount(cp);
                while (end < n && text.codePointAt(end) == cp) {
                    end += Character.charCount(cp);
                }
                spans.add(new Span(i, end));
                i = end;
            }
        }
        return spans;
    }

    private static int endOfWord(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (isNumberSeparator(cp) && i > start && Character.isDigit(text.codePointBefore(i))
                    && i + 1 < n && Character.isDigit(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200E' || cp == '\u200F'
                || cp == '\uFEFF';
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        // Combining marks (Arabic diacritics), tatweel and the zero-width joiners belong to the word they sit in.
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || (cp <= 0xFFFF && ArabicText.isDiacritic((char) cp)) || cp == '\u0640' || cp == '\u200C'
                || cp == '\u200D';
    }

    private static boolean isNumberSeparator(int cp) {
        return cp == '.' || cp == ',' || cp == '\u066B' || cp == '\u066C';
    }
}
