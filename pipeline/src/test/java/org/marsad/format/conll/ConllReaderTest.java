package org.marsad.format.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Mention;
import org.marsad.document.Sentence;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.format.GoldSentence;

class ConllReaderTest {

    @Test
    void readsAHandWrittenFileWithBomCrlfAndDirectionMarks() throws Exception {
        Path file = Path.of(ConllReaderTest.class.getResource("ner-gold.txt").toURI());
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(raw).startsWith("\uFEFF").contains("\r\n").contains("\u200F"); // what the file is there to test

        List<GoldSentence> sentences = ConllReader.sentences(file);

        assertThat(sentences).hasSize(4); // two blank lines make one break, trailing ones none
        assertThat(sentences.get(0).forms()).containsExactly("التقى", "الرئيس", "محمد", "مرسي", "في", "القاهرة", ".");
        assertThat(sentences.get(0).nerTags()).containsExactly("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O");
        assertThat(sentences.get(1).nerTags()).containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-MISC", "O");
        assertThat(sentences.get(2).forms()).containsExactly("وصل", "أحمد", "إلى", "بغداد", "و", "البصرة");
        assertThat(sentences.get(2).nerTags()).containsExactly("O", "B-PERS", "O", "B-LOC", "O", "B-LOC");
        assertThat(sentences.get(3).nerTags()).containsExactly("O", "B-ORG", "O", "B-ORG", "I-ORG");
    }

    @Test
    void keepsATokenThatIsADirectionMarkAloneAndSkipsATokenWithoutTag() throws Exception {
        List<List<GoldSentence>> documents = ConllReader.documents(lines("\u200F O", "قال", "عمرو B-PER", "\u200E", "x O"));
        List<GoldSentence> sentences = documents.get(0);
        assertThat(documents).hasSize(1);
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).forms()).containsExactly("\u200F", "عمرو");
        assertThat(sentences.get(0).nerTags()).containsExactly("O", "B-PERS");
    }

    @Test
    void docstartLinesBeginDocumentsAndAreNoTokens() throws Exception {
        BufferedReader conll2003 = lines("-DOCSTART- -X- -X- O", "", "EU NNP B-NP B-ORG", "rejects VBZ B-VP O", "",
                "-DOCSTART- -X- -X- O", "", "-DOCSTART- -X- -X- O", "",
                "Peter NNP B-NP B-PER", "Blackburn NNP I-NP I-PER", "", "BRUSSELS NNP B-NP B-LOC");

        List<Document> documents = ConllReader.read(conll2003, "en.conll");

        // The empty document between two -DOCSTART- lines is no document and takes no number.
        assertThat(documents).extracting(Document::id).containsExactly("doc-1", "doc-2");
        Document second = documents.get(1);
        assertThat(second.text()).isEqualTo("Peter Blackburn\nBRUSSELS");
        assertThat(second.sentences()).extracting(Sentence::span).containsExactly(new Span(0, 15), new Span(16, 24));
        assertThat(second.tokens()).extracting(Token::span).containsExactly(new Span(0, 5), new Span(6, 15), new Span(16, 24));
        assertThat(second.mentions()).extracting(Mention::span, Mention::type)
                .containsExactly(tuple(new Span(0, 15), EntityType.PERSON), tuple(new Span(16, 24), EntityType.LOCATION));
        assertThat(documents.get(0).mentions()).extracting(Mention::type).containsExactly(EntityType.ORGANIZATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "O|O", "OO|O", "IO|O", "B-ENGLISH|O", "B-SPANISH|O", "B-|O",
            "B-PER|B-PERS", "I-PERS|I-PERS", "b-per|B-PERS",
            "B-ORG|B-ORG", "I--ORG|I-ORG", "B-LOC|B-LOC",
            "B-MIS0|B-MISC", "I-MIS3|I-MISC", "B-MISC|B-MISC", "B-MIS|B-MISC", "B-MIS-2|B-MISC",
            "B-MISS1|B-MISC", "B-MIS1`|B-MISC"})
    void normalisesTagVariantsOntoFourTypes(String raw, String expected) {
        assertThat(ConllReader.normaliseTag(raw)).isEqualTo(expected);
    }

    private static BufferedReader lines(String... lines) {
        return new BufferedReader(new StringReader(String.join("\n", lines)));
    }
}
