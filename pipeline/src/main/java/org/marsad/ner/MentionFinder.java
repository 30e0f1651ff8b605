package org.marsad.ner;

import java.util.EnumSet;
import java.util.Set;
import org.marsad.pipeline.Annotation;
import org.marsad.pipeline.Annotator;

/**
 * A stage that adds names to the mentions found before it, reading sentences and POS tags: the
 * rule finders and the statistical model, which each leave alone what an earlier stage found.
 */
interface MentionFinder extends Annotator {

    @Override
    default Set<Annotation> requires() {
        return EnumSet.of(Annotation.MENTIONS, Annotation.POS, Annotation.SENTENCES);
    }

    @Override
    default Set<Annotation> provides() {
        return EnumSet.of(Annotation.MENTIONS);
    }
}
