package org.marsad.format;

import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Sentence;
import org.marsad.document.Span;

/**
 * The tokens of each sentence, as index ranges into the token layer. Token formats write every
 * token exactly once, so tokens that no sentence contains (which the pipeline never makes) are
 * grouped into sentences of their own rather than dropped.
 */
public record SentenceTokens(int from, int to) {

    public static List<SentenceTokens> of(Document doc) {
        List<Sentence> sentences = doc.sentences();
        List<SentenceTokens> out = new ArrayList<>();
        int s = 0;
        int key = Integer.MIN_VALUE;
        int from = 0;
        for (int t = 0; t < doc.tokens().size(); t++) {
            Span token = doc.tokens().get(t).span();
            while (s < sentences.size() && sentences.get(s).span().end() <= token.start()) {
                s++;
            }
            // Tokens of one sentence share its index; tokens outside every sentence share a negative one.
            int tokenKey = s < sentences.size() && sentences.get(s).span().contains(token) ? s : -1 - s;
            if (tokenKey != key && t > from) {
                out.add(new SentenceTokens(from, t));
                from = t;
            }
            key = tokenKey;
        }
        if (doc.tokens().size() > from) {
            out.add(new SentenceTokens(from, doc.tokens().size()));
        }
        return out;
    }
}
