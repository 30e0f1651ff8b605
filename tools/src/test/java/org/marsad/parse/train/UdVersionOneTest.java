package org.marsad.parse.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UdVersionOneTest {

    /** "لم يزر الوزير بغداد في الشهر الماضي ولا القاهرة", annotated as UD 1 annotates it (PADT r1.2). */
    private static final String UD1 = """
            # sent_id test-1
            1\tلَم\t_\tPART\tF---------\t_\t2\tneg\t_\t_
            2\tيَزُر\t_\tVERB\tVIIA-3MS--\t_\t0\troot\t_\t_
            3\tاَلوَزِيرُ\t_\tNOUN\tN------S1D\tCase=Nom\t2\tnsubj\t_\t_
            4\tبَغدَادَ\t_\tNOUN\tN------S4I\tCase=Acc\t2\tdobj\t_\t_
            5\tفِي\t_\tADP\tP---------\tAdpType=Prep\t6\tcase\t_\t_
            6\tاَلشَّهرِ\t_\tNOUN\tN------S2D\tCase=Gen\t2\tnmod\t_\t_
            7\tاَلمَاضِي\t_\tADJ\tA-----MS2D\tCase=Gen\t6\tamod\t_\t_
            8\tوَ\t_\tCONJ\tC---------\t_\t4\tcc\t_\t_
            9\tلَا\t_\tPART\tF---------\t_\t10\tneg\t_\t_
            10\tاَلقَاهِرَةَ\t_\tNOUN\tN------S4D\tCase=Acc\t4\tconj\t_\t_
            11\tعَاصِمَةِ\t_\tNOUN\tN------S2R\tCase=Gen|Definite=Red\t10\tnmod\t_\t_

            """;

    /** "وقال إن الوزير كان مريضا.": PADT r1.2 roots the sentence at its opening conjunction. */
    private static final String ROOTED_AT_AND = """
            1\tوَ\t_\tCONJ\tC---------\t_\t0\troot\t_\t_
            2\tقَالَ\t_\tVERB\tVP-A-3MS--\tAspect=Perf|Voice=Act\t1\tparataxis\t_\t_
            3\tإِنَّ\t_\tCONJ\tC---------\t_\t6\tmark\t_\t_
            4\tاَلوَزِيرَ\t_\tNOUN\tN------S4D\tCase=Acc|Definite=Def\t6\tnsubj\t_\t_
            5\tكَانَ\t_\tVERB\tVP-A-3MS--\tAspect=Perf|Voice=Act\t6\tcop\t_\t_
            6\tمَرِيضًا\t_\tADJ\tA-----MS4I\tCase=Acc|Definite=Ind\t2\tccomp\t_\t_
            7\t.\t_\tPUNCT\tG---------\t_\t1\tpunct\t_\t_

            """;

    @Test
    void version1LabelsBecomeVersion2Ones(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.conllu");
        Files.writeString(file, UD1);
        List<List<UdWord>> treebank = Treebank.read(file);
        assertThat(treebank).hasSize(1);
        List<UdWord> words = UdVersionOne.toVersionTwo(treebank.get(0));
        assertThat(words).extracting(UdWord::relation).containsExactly(
                "advmod", "root", "nsubj", "obj", "case", "obl", "amod", "cc", "advmod", "conj", "nmod");
        // Negation keeps its meaning in the features; the conjunction is CCONJ.
        assertThat(words.get(0).feats()).isEqualTo("Polarity=Neg");
        assertThat(words.get(7).upos()).isEqualTo("CCONJ");
        // A nominal under a verb is an oblique; under a noun it stays nmod.
        assertThat(words.get(5).relation()).isEqualTo("obl");
        assertThat(words.get(10).relation()).isEqualTo("nmod");
        assertThat(words).extracting(UdWord::head).containsExactly(2, 0, 2, 2, 6, 2, 6, 4, 10, 4, 10);
        // UD 1's reduced (construct) definiteness is UD 2's Definite=Cons.
        assertThat(words.get(10).feats()).isEqualTo("Case=Gen|Definite=Cons");
    }

    @Test
    void theOpeningConjunctionIsTheClausesCcAndTheCopulaAnAuxiliary(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.conllu");
        Files.writeString(file, ROOTED_AT_AND);
        List<UdWord> words = UdVersionOne.toVersionTwo(Treebank.read(file).get(0));
        assertThat(words).extracting(UdWord::head).containsExactly(2, 0, 6, 6, 6, 2, 2);
        assertThat(words).extracting(UdWord::relation).containsExactly("cc", "root", "mark", "nsubj", "cop", "ccomp", "punct");
        assertThat(words).extracting(UdWord::upos).containsExactly("CCONJ", "VERB", "SCONJ", "NOUN", "AUX", "ADJ", "PUNCT");
    }
}
