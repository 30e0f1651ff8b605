package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordOverlapTest {
    @Test
    void wordsAreComparedAsBagsAfterFoldingAndWithoutPunctuation() {
        Prf score = WordOverlap.score("أعلنت الوزارة، اليوم: تسجيل 30 إصابة. الرئيسية الرئيسية",
                "اعلنت الوزارة اليوم تسجيل 30 اصابة جديدة");
        assertThat(score.truePositives()).isEqualTo(6);
        assertThat(score.falsePositives()).isEqualTo(2);
        assertThat(score.falseNegatives()).isEqualTo(1);
    }
}
