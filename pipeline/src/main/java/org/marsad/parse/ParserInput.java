package org.marsad.parse;

import org.marsad.document.Morphology;
import org.marsad.pos.TaggerOrthography;

/**
 * What the dependency parser reads of a word, the same when it is trained and when it parses:
 * the form in the tagger's orthography, so that the treebank's fully vocalised forms and the
 * news's bare ones meet as one word; and as its tag, the ATB tag with the case the
 * morphological tagger gives it (NN_Nom, NN_Acc, NN_Gen: who is subject, object or genitive).
 */
public final class ParserInput {
    private ParserInput() {
    }

    public static String form(String form) {
        return TaggerOrthography.of(form);
    }

    public static String tag(String atb, Morphology morphology) {
        for (String feature : morphology.feats().split("\\|")) {
            if (feature.startsWith("Case=")) {
                return atb + '_' + feature.substring("Case=".length());
            }
        }
        return atb;
    }
}
