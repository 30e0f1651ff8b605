package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordOverlapTest {
    @Test
    void wordsAreComparedAsBagsAfterFoldingAndWithoutPunctuation() {
        Prf score = WordOverlap.score("أعلنت الوزارة، اليوم: تسجيل 30 إصابة. الرئيسية الرئيسية",
                WordOverlap.bag("اعلنت الوزارة اليوم تسجيل 30 اصابة جديدة"));
        assertThat(score.truePositives()).isEqualTo(6);
        assertThat(score.falsePositives()).isEqualTo(2);
        assertThat(score.falseNegatives()).isEqualTo(1);
    }

    @Test
    void aBagHoldsFingerprintsOfTheFoldedWordsNotTheWords() {
        Map<String, Integer> bag = WordOverlap.bag("إصابة اصابة، الوزارة");
        assertThat(bag).hasSize(2).containsValues(2, 1);
        assertThat(bag.keySet()).allMatch(key -> key.matches("[0-9a-f]{16}"));
        assertThat(bag).containsEntry(WordOverlap.fingerprint("اصابه"), 2);
    }
}
