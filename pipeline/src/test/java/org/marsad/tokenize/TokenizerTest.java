package org.marsad.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> tokens(String text) {
        return Tokenizer.tokenize(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void punctuationIsSplitFromArabicWordsAndCliticsStayAttached() {
        assertThat(tokens("وقال بلينكن: \"لا تزال\" القوات، في العراق."))
                .containsExactly("وقال", "بلينكن", ":", "\"", "لا", "تزال", "\"", "القوات", "،", "في", "العراق", ".");
    }

    @Test
    void numbersKeepTheirSeparatorsAndDatesSplitOnDashes() {
        assertThat(tokens("انخفاض أسعار الذهب إلى 3315.84 دولار")).contains("3315.84");
        assertThat(tokens("نشر في 26 سبتمبر يوم 25 - 07 - 2021")).containsExactly(
                "نشر", "في", "26", "سبتمبر", "يوم", "25", "-", "07", "-", "2021");
        assertThat(tokens("نسبة ٣٫٥ بالمئة")).containsExactly("نسبة", "٣٫٥", "بالمئة");
    }

    @Test
    void diacriticsTatweelAndNoBreakSpacesAreHandled() {
        assertThat(tokens("إنَّ\u00A0الكاظمـــي")).containsExactly("إنَّ", "الكاظمـــي");
    }

    @Test
    void anEmojiIsOneTokenAndRepeatedPunctuationStaysTogether() {
        assertThat(tokens("ماذا بعد؟؟ 👀 حرب الممرات..")).containsExactly("ماذا", "بعد", "؟؟", "👀", "حرب", "الممرات", "..");
    }
}
