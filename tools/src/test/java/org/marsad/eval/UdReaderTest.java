package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.format.GoldSentence;

class UdReaderTest {

    @Test
    void cliticWordsWithSpaceAfterNoRebuildTheSurfaceText(@TempDir Path dir) throws Exception {
        Path conllu = dir.resolve("t.conllu");
        Files.writeString(conllu, String.join("\n",
                "# sent_id = 1",
                "1\tكتبت\t_\tVERB\tVBC\t_\t0\troot\t_\t_",
                "2\tل\t_\tADP\tIN\t_\t3\tcase\t_\tSpaceAfter=No",
                "3\tأوباما\t_\tPROPN\tNNP\t_\t1\tobl\t_\tSpaceAfter=No",
                "4\t.\t_\tPUNCT\t.\t_\t1\tpunct\t_\t_", "", ""));
        GoldSentence sentence = UdReader.read(conllu).get(0);
        assertThat(sentence.text()).isEqualTo("كتبت لأوباما.");
        assertThat(sentence.words()).extracting(GoldSentence.Word::upos).containsExactly("VERB", "ADP", "PROPN", "PUNCT");
        assertThat(sentence.words().get(2).span().start()).isEqualTo(6);
    }
}
