package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcliticsTest {

    @Test
    void aConjunctionAndAPrepositionAreReadOffTheFrontOfAWord() {
        assertThat(Proclitics.readings("وبايدن")).containsExactly(
                new Proclitics.Reading(0, "وبايدن"), new Proclitics.Reading(1, "بايدن"), new Proclitics.Reading(2, "ايدن"));
    }

    @Test
    void afterLamTheArticleIsRestored() {
        assertThat(Proclitics.readings("للكاظمي")).contains(new Proclitics.Reading(1, "الكاظمي"));
        assertThat(Proclitics.readings("وللحشد")).contains(new Proclitics.Reading(2, "الحشد"));
    }

    @Test
    void lamBeforeAStemThatStartsWithLamIsAlsoReading() {
        assertThat(Proclitics.readings("للبنان")).contains(new Proclitics.Reading(1, "لبنان"));
    }

    @Test
    void stemsShorterThanTwoLettersAreNotReadings() {
        assertThat(Proclitics.readings("بل")).containsExactly(new Proclitics.Reading(0, "بل"));
    }
}
