package org.marsad.ner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.segment.SegmentationLexicon;

class RepeatedNamesTest {
    private static final RepeatedNames REPEATED = new RepeatedNames(SegmentationLexicon.loadDefault(), Set.of("صالح"));

    private static List<String> words(String sentence) {
        return List.of(sentence.split(" "));
    }

    @Test
    void aFamilyNameRecursWithAndWithoutProclitics() {
        List<List<String>> sentences = List.of(
                words("دعا رئيس الوزراء التركي رجب طيب أردوغان الى وقف القتال"),
                words("وأكد أردوغان في مقابلة ان الحل سياسي"),
                words("والتقى بوتين وأردوغان في موسكو"));
        List<List<String>> tags = List.of(
                List.of("O", "O", "O", "O", "B-PERS", "I-PERS", "I-PERS", "O", "O", "O"),
                List.of("O", "O", "O", "O", "O", "O", "O"),
                List.of("O", "O", "O", "O", "O"));
        List<List<String>> out = REPEATED.apply(sentences, tags);
        assertThat(out.get(0)).isEqualTo(tags.get(0));
        assertThat(out.get(1)).containsExactly("O", "B-PERS", "O", "O", "O", "O", "O");
        assertThat(out.get(2)).containsExactly("O", "O", "B-PERS", "O", "O");
    }

    @Test
    void aOneWordPlaceRecursAndJoinsANameOfItsTypeBeforeIt() {
        List<List<String>> sentences = List.of(
                words("وصل الوفد الى الخرطوم امس"),
                words("وقالت حكومة الخرطوم ان الوفد سيبقى"),
                words("وزار مدينة أم درمان ثم الخرطوم"));
        List<List<String>> tags = List.of(
                List.of("O", "O", "O", "B-LOC", "O"),
                List.of("O", "O", "O", "O", "O", "O"),
                List.of("O", "O", "B-LOC", "I-LOC", "O", "O"));
        List<List<String>> out = REPEATED.apply(sentences, tags);
        assertThat(out.get(1)).containsExactly("O", "O", "B-LOC", "O", "O", "O");
        assertThat(out.get(2)).containsExactly("O", "O", "B-LOC", "I-LOC", "O", "B-LOC");
    }

    @Test
    void commonWordsAndFirstNamesAreNotSpread() {
        List<List<String>> sentences = List.of(
                words("التقى الوزير علي عبدالله صالح"),
                words("وقال علي ان القرار صالح"));
        List<List<String>> tags = List.of(
                List.of("O", "O", "B-PERS", "I-PERS", "I-PERS"),
                List.of("O", "O", "O", "O", "O"));
        assertThat(REPEATED.apply(sentences, tags).get(1)).containsOnly("O");
    }

    @Test
    void namesFarAwayAreNotLookedAt() {
        List<List<String>> sentences = new ArrayList<>(List.of(words("وصل الوفد الى الخرطوم")));
        List<List<String>> tags = new ArrayList<>(List.of(List.of("O", "O", "O", "B-LOC")));
        for (int s = 0; s < RepeatedNames.WINDOW; s++) {
            sentences.add(words("وانتهى الاجتماع"));
            tags.add(List.of("O", "O"));
        }
        sentences.add(words("ثم غادر الخرطوم"));
        tags.add(List.of("O", "O", "O"));
        List<List<String>> out = REPEATED.apply(sentences, tags);
        assertThat(out.get(RepeatedNames.WINDOW + 1)).isEqualTo(Collections.nCopies(3, "O"));
        sentences.remove(1);
        tags.remove(1);
        assertThat(REPEATED.apply(sentences, tags).get(RepeatedNames.WINDOW)).containsExactly("O", "O", "B-LOC");
    }
}
