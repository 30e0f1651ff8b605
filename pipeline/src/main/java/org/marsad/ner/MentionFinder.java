package org.marsad.ner;

import java.util.EnumSet;
import java.util.Set;
import org.marsad.document.Layer;
import org.marsad.pipeline.Annotator;

/**
 * A stage that adds names to the mentions found before it, reading sentences and POS tags: the
 * rule finders and the statistical model, which each leave alone what an earlier stage found.
 */
interface MentionFinder extends Annotator {

    @Override
    default Set<Layer> requires() {
        return EnumSet.of(Layer.MENTIONS, Layer.POS, Layer.SENTENCES);
    }

    @Override
    default Set<Layer> provides() {
        return EnumSet.of(Layer.MENTIONS);
    }

    /** New mentions have no roles or links yet. */
    @Override
    default Set<Layer> invalidates() {
        return EnumSet.of(Layer.ROLES, Layer.LINKS, Layer.QUOTES);
    }
}
