package org.marsad.ner.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.segment.SegmentationLexicon;

class FeatureStemTest {
    private static final SegmentationLexicon LEXICON = SegmentationLexicon.loadDefault();

    @ParameterizedTest
    @CsvSource({
            // token, proclitics, stem: words the segmentation lexicon knows are cut where the segmenter cuts them
            "وكالة, '', وكاله",       // a word that starts with و is not a conjunction
            "ووكالة, و, وكاله",
            "والعراق, وال, عراق",
            "للعراق, لال, عراق",     // ل + the article whose alef is not written
            "بالبصرة, بال, بصره",    // ta marbuta folded
            "الأردن, ال, اردن",      // hamza folded
            "واشنطن, '', واشنطن",
            "في, '', في",
            // words it does not know are cut by rule
            "وبالهندوانيين, وبال, هندوانيين",
            "للهندوانيين, لل, هندوانيين",
            "بهندوانيين, '', بهندوانيين"}) // a bare ب is never stripped: names start with it
    void cutsTheProcliticsOnce(String token, String proclitics, String stem) {
        FeatureStem split = FeatureStem.of(token, LEXICON);
        assertThat(split.proclitics()).isEqualTo(proclitics);
        assertThat(split.stem()).isEqualTo(stem);
    }
}
