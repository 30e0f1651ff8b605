package org.marsad.eval;

import java.util.List;

/** A sentence of NER data: its tokens and one IOB2 tag a token (over PERS/ORG/LOC/MISC). */
public record NerSentence(List<String> tokens, List<String> tags) {

    public NerSentence {
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("tokens and tags differ in length: " + tokens.size() + " vs " + tags.size());
        }
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
    }
}
