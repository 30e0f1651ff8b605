package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.format.GoldSentence;
import org.marsad.ner.model.Iob;

class ConllNerReaderTest {

    static Path goldFile() throws Exception {
        return Path.of(ConllNerReaderTest.class.getResource("ner-gold.txt").toURI());
    }

    @Test
    void readsAHandWrittenFileWithBomCrlfAndDirectionMarks() throws Exception {
        Path file = goldFile();
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(raw).startsWith("\uFEFF").contains("\r\n").contains("\u200F"); // what the file is there to test

        List<GoldSentence> sentences = ConllNerReader.read(file);

        assertThat(sentences).hasSize(4); // two blank lines make one break, trailing ones none
        assertThat(sentences.get(0).forms()).containsExactly("التقى", "الرئيس", "محمد", "مرسي", "في", "القاهرة", ".");
        assertThat(sentences.get(0).nerTags()).containsExactly("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O");
        assertThat(sentences.get(1).nerTags()).containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-MISC", "O");
        assertThat(sentences.get(2).forms()).containsExactly("وصل", "أحمد", "إلى", "بغداد", "و", "البصرة");
        assertThat(sentences.get(2).nerTags()).containsExactly("O", "B-PERS", "O", "B-LOC", "O", "B-LOC");
        assertThat(sentences.get(3).nerTags()).containsExactly("O", "B-ORG", "O", "B-ORG", "I-ORG");
    }

    @Test
    void keepsATokenThatIsADirectionMarkAloneAndSkipsATokenWithoutTag() {
        List<GoldSentence> sentences = ConllNerReader.parse(List.of("\u200F O", "قال", "عمرو B-PER", "\u200E", "x O"));
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).forms()).containsExactly("\u200F", "عمرو");
        assertThat(sentences.get(0).nerTags()).containsExactly("O", "B-PERS");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "O|O", "OO|O", "IO|O", "B-ENGLISH|O", "B-SPANISH|O", "B-|O",
            "B-PER|B-PERS", "I-PERS|I-PERS", "b-per|B-PERS",
            "B-ORG|B-ORG", "I--ORG|I-ORG", "B-LOC|B-LOC",
            "B-MIS0|B-MISC", "I-MIS3|I-MISC", "B-MISC|B-MISC", "B-MIS|B-MISC", "B-MIS-2|B-MISC",
            "B-MISS1|B-MISC", "B-MIS1`|B-MISC"})
    void normalisesTagVariantsOntoFourTypes(String raw, String expected) {
        assertThat(ConllNerReader.normaliseTag(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I-PERS I-PERS O|B-PERS I-PERS O",
            "B-ORG I-LOC I-LOC|B-ORG B-LOC I-LOC",
            "O I-MISC B-MISC I-MISC|O B-MISC B-MISC I-MISC",
            "B-LOC O I-LOC|B-LOC O B-LOC",
            "B-PERS junk I-PERS|B-PERS O B-PERS",
            "B-ORG I-ORG B-ORG|B-ORG I-ORG B-ORG"})
    void repairsIob2AsConllevalReadsIt(String tags, String expected) {
        assertThat(Iob.repair(Arrays.asList(tags.split(" "))))
                .containsExactly(expected.split(" "));
    }
}
