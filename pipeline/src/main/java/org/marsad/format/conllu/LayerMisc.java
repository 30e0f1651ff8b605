package org.marsad.format.conllu;

import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Span;
import org.marsad.document.TimeExpression;

/**
 * The MISC attributes of the time layer on a syntactic word: {@code Time=B-2021-07-25} (IOB2
 * with the ISO 8601 value, {@code B-_} where it has none). Written for readers of the treebank; {@link
 * ConlluReader} does not read them back.
 */
final class LayerMisc {
    private final List<TimeExpression> times;

    LayerMisc(Document doc) {
        this.times = doc.times();
    }

    Misc addTo(Misc misc, Span word) {
        for (TimeExpression time : times) {
            if (time.span().overlaps(word)) {
                misc.put("Time", (word.start() <= time.span().start() ? "B-" : "I-") + (time.value() == null ? "_" : time.value()));
            }
        }
        return misc;
    }
}
