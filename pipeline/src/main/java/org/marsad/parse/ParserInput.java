package org.marsad.parse;

import org.marsad.pos.TaggerOrthography;

/**
 * What the dependency parser reads of a word, the same when it is trained and when it parses:
 * the form in the tagger's orthography, so that the treebank's fully vocalised forms and the
 * news's bare ones meet as one word.
 */
public final class ParserInput {
    private ParserInput() {
    }

    public static String form(String form) {
        return TaggerOrthography.of(form);
    }
}
