package org.marsad.morph;

import org.marsad.document.Morphology;

/** A tagger's tag as a whole analysis: the UPOS, then the features, as {@code NOUN|Case=Gen|Number=Sing}. */
public final class MorphTag {
    private MorphTag() {
    }

    public static String encode(String upos, String feats) {
        return feats.equals("_") ? upos : upos + '|' + feats;
    }

    public static Morphology decode(String tag) {
        int bar = tag.indexOf('|');
        return bar < 0 ? new Morphology(tag, "_") : new Morphology(tag.substring(0, bar), tag.substring(bar + 1));
    }
}
