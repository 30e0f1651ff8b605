package org.marsad.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.marsad.document.Sentence;
import org.marsad.document.Token;
import org.marsad.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        List<Token> tokens = Tokenizer.tokenize(text).stream().map(Token::of).toList();
        return SentenceSplitter.split(text, tokens).stream().map(Sentence::span)
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void sentencesEndAtFinalPunctuationWithTheQuoteThatClosesThem() {
        assertThat(sentences("قال الخزعلي \"إن الحوار فشل.\" ورد الأعرجي بأن الوفد سيعود؟ نعم!"))
                .containsExactly("قال الخزعلي \"إن الحوار فشل.\"", "ورد الأعرجي بأن الوفد سيعود؟", "نعم!");
    }

    @Test
    void aHeadingWithoutFinalPunctuationIsItsOwnSentence() {
        assertThat(sentences("مغادرة البلاد\n\nكان الرد العملي من جانب الفصائل العراقية واضحا."))
                .containsExactly("مغادرة البلاد", "كان الرد العملي من جانب الفصائل العراقية واضحا.");
    }

    @Test
    void decimalNumbersDoNotEndASentence() {
        assertThat(sentences("بلغ سعر الذهب 3315.84 دولار للأوقية.")).hasSize(1);
    }

    @Test
    void aVeryLongUnpunctuatedTextIsCut() {
        String text = "كلمة ".repeat(SentenceSplitter.MAX_TOKENS * 2 + 10);
        assertThat(sentences(text)).hasSize(3);
    }
}
