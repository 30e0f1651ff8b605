package org.marsad.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.Stages;
import org.marsad.document.Dependency;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Segment;
import org.junit.jupiter.api.Test;

class DependencyParseTest {
    private static final Marsad PARSER = Marsad.builder().stages("tokenize,ssplit,segment,pos,morph,parse").build();

    /** Each syntactic word as FORM HEAD DEPREL. */
    private static List<String> parse(String text) {
        Document doc = PARSER.annotate(Document.builder(text).lang("ar").build());
        assertThat(doc.has(Layer.DEPENDENCIES)).isTrue();
        List<String> out = new ArrayList<>();
        int w = 0;
        for (var token : doc.tokens()) {
            for (Segment segment : token.segments()) {
                Dependency arc = doc.dependencies().get(w++);
                out.add(segment.form() + " " + arc.head() + " " + arc.relation());
            }
        }
        assertThat(w).isEqualTo(doc.dependencies().size());
        return out;
    }

    @Test
    void aVerbalSentenceHasItsVerbAsRootWithSubjectAndObject() {
        // "The Iraqi government signed an agreement with the company": verb, subject, object.
        assertThat(parse(SENTENCE)).containsExactly("وقعت 0 root", "الحكومة 1 nsubj", "العراقية 2 amod", "اتفاقا 1 obj",
                "مع 6 case", "الشركة 4 nmod", ". 1 punct");
    }

    @Test
    void theParserIsOffByDefault() {
        assertThat(Stages.DEFAULT).doesNotContain("parse");
        assertThat(Stages.descriptions()).containsKey("parse");
        assertThat(Marsad.standard().annotate(SENTENCE).has(Layer.DEPENDENCIES)).isFalse();
    }

    private static final String SENTENCE = "وقعت الحكومة العراقية اتفاقا مع الشركة.";
}
