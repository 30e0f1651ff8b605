package org.marsad.format.conllu;

import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Quotation;
import org.marsad.document.Span;
import org.marsad.document.TimeExpression;

/**
 * The MISC attributes of the time and quotation layers on a syntactic word: {@code
 * Time=B-2021-07-25} (IOB2 with the ISO 8601 value, {@code B-_} where it has none), and for the
 * n-th quotation of the document {@code Quote=B-n} over its content, {@code QuoteCue=n} on its cue
 * and {@code Speaker=n} on its speaker's words ({@code Speaker=1,2} for a speaker of several). Written for readers of the treebank; {@link
 * ConlluReader} does not read them back.
 */
final class LayerMisc {
    private final List<TimeExpression> times;
    private final List<Quotation> quotes;

    LayerMisc(Document doc) {
        this.times = doc.times();
        this.quotes = doc.quotes();
    }

    Misc addTo(Misc misc, Span word) {
        for (TimeExpression time : times) {
            if (time.span().overlaps(word)) {
                misc.put("Time", (word.start() <= time.span().start() ? "B-" : "I-") + (time.value() == null ? "_" : time.value()));
            }
        }
        for (int q = 0; q < quotes.size(); q++) {
            Quotation quote = quotes.get(q);
            if (quote.content().overlaps(word)) {
                misc.put("Quote", (word.start() <= quote.content().start() ? "B-" : "I-") + (q + 1));
            }
            if (quote.cue().overlaps(word)) {
                misc.put("QuoteCue", String.valueOf(q + 1));
            }
            if (quote.speaker() != null && quote.speaker().overlaps(word)) {
                String earlier = misc.get("Speaker");
                misc.put("Speaker", (earlier == null ? "" : earlier + ",") + (q + 1));
            }
        }
        return misc;
    }
}
