package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.format.GoldSentence;

class FarasaReaderTest {

    @Test
    void farasaSegmentsAreConvertedToTheAtbScheme() {
        // The article joins its noun, ة and plural suffixes join their stem, a verb keeps its subject suffix.
        assertThat(FarasaReader.toOurScheme("و+ال+تلفزيون".split("\\+"), "CONJ+DET+NOUN".split("\\+"))).containsExactly("و", "التلفزيون");
        assertThat(FarasaReader.toOurScheme("ترشيح+ات+ها".split("\\+"), "NOUN+NSUFF+PRON".split("\\+"))).containsExactly("ترشيحات", "ها");
        assertThat(FarasaReader.toOurScheme("أعقب+ت+ها".split("\\+"), "V+PRON+PRON".split("\\+"))).containsExactly("أعقبت", "ها");
        assertThat(FarasaReader.toOurScheme("س+ي+قول".split("\\+"), "FUT_PART+V".split("\\+"))).contains("س");
        // ل + ال is written لل.
        assertThat(FarasaReader.toOurScheme("ل+ال+مؤتمر".split("\\+"), "PREP+DET+NOUN".split("\\+"))).containsExactly("ل", "لمؤتمر");
    }

    @Test
    void sentencesEndAtFinalPunctuationAndSpansIndexTheirText(@TempDir Path dir) throws Exception {
        Path ref = dir.resolve("WikiNews.pos.ref");
        Files.writeString(ref, "refTok(Farasa)\trefPOS(Farasa)\r\nو+أعلن+ت\tCONJ+V+PRON\r\nال+حكوم+ة\tDET+NOUN+NSUFF\r\n.\tPUNC\r\nقال\tV\r\n");
        List<GoldSentence> sentences = FarasaReader.read(ref);
        assertThat(sentences).extracting(GoldSentence::text).containsExactly("وأعلنت الحكومة .", "قال");
        GoldSentence first = sentences.get(0);
        assertThat(first.words()).extracting(w -> first.text().substring(w.span().start(), w.span().end()))
                .containsExactly("و", "أعلنت", "الحكومة", ".");
    }
}
