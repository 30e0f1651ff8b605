package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicTextTest {

    @Test
    void spellingVariantsOfANameShareOneKey() {
        String key = ArabicText.key("الكاظمي");
        assertThat(ArabicText.key("الكاظمى")).isEqualTo(key);
        assertThat(ArabicText.key("الكاظمـــي")).isEqualTo(key);
        assertThat(ArabicText.key("الكَاظِمِيّ")).isEqualTo(key);
        assertThat(ArabicText.key("إيران")).isEqualTo(ArabicText.key("ايران"));
        assertThat(ArabicText.key("هيئة الحشد")).isEqualTo(ArabicText.key("هيئه  الحشد"));
    }

    @Test
    void presentationFormsFoldToTheirBaseLetters() {
        // ﺑﻐﺪﺍﺩ is بغداد written in presentation forms (U+FE91 U+FED0 U+FEAA U+FE8D U+FEA9).
        assertThat(ArabicText.key("\uFE91\uFED0\uFEAA\uFE8D\uFEA9")).isEqualTo("بغداد");
    }

    @Test
    void datesKeepTheirSeparators() {
        assertThat(ArabicText.key("25 - 07 - 2021")).isEqualTo("25 - 07 - 2021");
    }
}
