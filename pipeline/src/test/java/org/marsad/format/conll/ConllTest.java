package org.marsad.format.conll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Mention;
import org.marsad.document.Token;
import org.marsad.format.SampleRun;
import org.marsad.write.OutputFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConllTest {
    private static String conll;

    @BeforeAll
    static void writeTheSamples() {
        conll = SampleRun.write(OutputFormat.CONLL);
    }

    @Test
    void documentsStartLikeCoNll2003AndTagsAreIob2() {
        assertThat(conll).startsWith("-DOCSTART- O\n\nجولة O\nحوار O\nجديدة O\nبين O\nبغداد B-LOC\nوواشنطن B-LOC\n");
        assertThat(conll.split("-DOCSTART- O\n\n", -1)).hasSize(62 + 1);
        assertThat(conll).contains("\nمصطفى B-PER\nالكاظمي I-PER\n");
        // A mention inside a surface token tags the whole token.
        assertThat(conll).contains("\nوبايدن B-PER\n").contains("\nللحشد B-ORG\n");
        assertThat(conll.lines().filter(l -> !l.isEmpty()))
                .allMatch(l -> l.matches("\\S+ (O|[BI]-(PER|ORG|LOC|MISC))"));
    }

    @Test
    void readingBackGivesTheTokensAndTheEntitiesAtTokenGranularity() throws IOException {
        List<Document> back = ConllReader.read(SampleRun.reader(conll), "samples.conll");
        List<Document> original = SampleRun.documents();
        assertThat(back).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            Document want = original.get(i);
            Document got = back.get(i);
            assertThat(surfaces(got)).as(want.id()).isEqualTo(surfaces(want));
            assertThat(entities(got)).as(want.id()).isEqualTo(entities(want));
            assertThat(got.sentences()).as(want.id()).hasSameSizeAs(want.sentences());
        }
        Document article = back.get(1);
        assertThat(article.text()).startsWith("العراق وإنهاء التواجد الأمريكي والأجنبي من أراضيها\n");
    }

    private static List<String> surfaces(Document doc) {
        return doc.tokens().stream().map(t -> doc.text(t.span())).toList();
    }

    /** Each mention as the range of tokens it touches and its type. */
    private static List<String> entities(Document doc) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        for (Mention m : doc.mentions()) {
            int first = 0;
            while (!tokens.get(first).span().overlaps(m.span())) {
                first++;
            }
            int last = first;
            while (last + 1 < tokens.size() && tokens.get(last + 1).span().overlaps(m.span())) {
                last++;
            }
            out.add(first + "-" + last + " " + m.type());
        }
        return out;
    }
}
