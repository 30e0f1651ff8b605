package org.marsad.eval;

import java.util.List;
import org.marsad.document.Span;

/**
 * A sentence of gold segmentation data: its text and its syntactic words (clitics and
 * stems, with the UPOS tag where the gold data has one), each a span of the text.
 */
public record GoldSentence(String text, List<Word> words) {

    /** One gold segment; {@code upos} is null where the data has no tags. */
    public record Word(Span span, String upos) {
    }
}
