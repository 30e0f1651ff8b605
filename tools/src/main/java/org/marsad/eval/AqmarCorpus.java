package org.marsad.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.format.GoldSentence;
import org.marsad.format.conll.ConllReader;

/**
 * The AQMAR Arabic Wikipedia NER corpus (28 article files, no split of its own). The test split is
 * the article-level one of qcri/LLMeBench, as the data's PROVENANCE.md records it, so that scores
 * here compare with the ones published there.
 */
public final class AqmarCorpus {
    /** The 20 test articles (the other 8 are LLMeBench's dev split); file names without {@code .txt}. */
    public static final List<String> TEST_ARTICLES = List.of(
            "Crusades", "Islamic_Golden_Age", "Islamic_History", "Ibn_Tolun_Mosque", "Ummaya_Mosque",
            "Enrico_Fermi", "Light", "Periodic_Table", "Physics", "Razi", "Summer_Olympics2004",
            "Christiano_Ronaldo", "Football", "Portugal_football_team", "Soccer_Worldcup", "Computer",
            "Computer_Software", "Internet", "Richard_Stallman", "X_window_system");

    private AqmarCorpus() {
    }

    /** The sentences of each test article, in the order listed, from the folder of the 28 files. */
    public static List<List<GoldSentence>> aqmarTest(Path aqmarDir) throws IOException {
        List<List<GoldSentence>> articles = new ArrayList<>();
        for (String article : TEST_ARTICLES) {
            articles.add(ConllReader.sentences(aqmarDir.resolve(article + ".txt")));
        }
        return articles;
    }
}
