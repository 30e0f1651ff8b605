package org.marsad.format.conllu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.Models;
import org.marsad.Stages;
import org.marsad.pipeline.Annotator;
import org.marsad.document.Document;
import org.marsad.document.Sentence;
import org.marsad.format.SampleRun;
import org.marsad.pos.PosTagger;
import org.marsad.write.OutputFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.pos.Upos;

class ConlluTest {
    private static String conllu;

    @BeforeAll
    static void writeTheSamples() {
        conllu = SampleRun.write(OutputFormat.CONLLU);
    }

    @Test
    void theSampleRunPassesTheUdFormatChecks() {
        assertThat(conllu.lines().filter(l -> l.startsWith("# newdoc id = "))).hasSize(62);
        assertThat(ConlluValidation.errors(conllu)).isEmpty();
    }

    @Test
    void theSamplesParsedMakeOneTreePerSentence() {
        List<Annotator> stages = Stages.annotators(List.of("morph", "parse"), Models.shared());
        List<Document> parsed = SampleRun.documents().stream()
                .map(doc -> stages.get(1).annotate(stages.get(0).annotate(doc))).toList();
        String withTrees = SampleRun.write(OutputFormat.CONLLU, parsed);
        assertThat(withTrees.lines().filter(l -> l.matches("\\d+\t.*")))
                .allSatisfy(l -> assertThat(l.split("\t")[6]).as(l).matches("\\d+"));
        // The tagger's features: on most words (punctuation, conjunctions and prepositions have none).
        assertThat(withTrees.lines().filter(l -> l.matches("\\d+\t.*")).filter(l -> !l.split("\t")[5].equals("_")).count())
                .isGreaterThan(withTrees.lines().filter(l -> l.matches("\\d+\t.*")).count() / 2);
        assertThat(ConlluValidation.errors(withTrees)).isEmpty();
        String unsorted = withTrees.replaceFirst("\tCase=(\\w+)\\|Definite=(\\w+)\\|", "\tDefinite=$2|Case=$1|");
        assertThat(unsorted).isNotEqualTo(withTrees);
        assertThat(ConlluValidation.errors(unsorted)).isNotEmpty();
        String twoRoots = withTrees.replaceFirst("\t[1-9]\\d*\t\\w+\t_\t", "\t0\troot\t_\t");
        assertThat(ConlluValidation.errors(twoRoots)).isNotEmpty();
    }

    @Test
    void theChecksCatchBrokenOutput() {
        String withoutAWord = conllu.replaceFirst("\n2\tو\t_\tCCONJ\tCC\t_\t_\t_\t_\t_\n", "\n");
        assertThat(ConlluValidation.errors(withoutAWord)).isNotEmpty();
        String badText = conllu.replaceFirst("# text = جولة", "# text = جولة ");
        assertThat(ConlluValidation.errors(badText)).isNotEmpty();
        String spaceInsideAToken = conllu.replaceFirst("(\\d+\tقال\t_\tVERB\tVBD\t_\t_\t_\t_\t)[^\n]*", "$1SpaceAfter=No");
        assertThat(ConlluValidation.errors(spaceInsideAToken)).isNotEmpty();
    }

    @Test
    void noSentenceOfTheSamplesSpansALineBreak() {
        for (Document doc : SampleRun.documents()) {
            for (Sentence sentence : doc.sentences()) {
                assertThat(doc.text(sentence.span())).as(doc.id()).doesNotContain("\n");
            }
        }
    }

    @Test
    void documentsAndSentencesAreNamedAndSpelled() {
        assertThat(conllu).startsWith("""
                # newdoc id = baghdad-talks
                # newpar
                # block = title
                # sent_id = baghdad-talks-1
                # text = جولة حوار جديدة بين بغداد وواشنطن حول مستقبل القوات الأجنبية
                1\tجولة\t_\tNOUN\tNN\t_\t_\t_\t_\t_
                """);
        assertThat(conllu).contains("# newdoc id = iraq-withdrawal-26sep/headline-1\n# newpar\n# block = title\n"
                + "# sent_id = iraq-withdrawal-26sep_headline-1-1\n");
        // Each block opens with its role; the page's section heading is one.
        assertThat(conllu).contains("# newpar\n# block = heading\n# sent_id = baghdad-talks-4\n# text = موقف الفصائل\n");
        // The title ends its block: the blank line after it is kept on its last token.
        assertThat(conllu).contains("11\tالأجنبية\t_\tADJ\tDTJJ\t_\t_\t_\t_\tSpacesAfter=\\n\\n\n");
        // "الأسبوع المقبل" of a page published on Saturday 2021-07-24: the ISO week after, IOB2 over its words.
        // Quotations: the cue, the speaker of the page's first quotations, the content's words.
        assertThat(conllu).contains("2\tقال\t_\tVERB\tVBD\t_\t_\t_\t_\tQuoteCue=1\n");
        assertThat(conllu).containsPattern("\tفؤاد\t_\tPROPN\tNNP\t_\t_\t_\t_\tNER=B-PERSON\\|Actor=per:fuad-hussein\\|Speaker=1,2[,\\d]*\n");
        assertThat(conllu).contains("9\tالأسبوع\t_\tNOUN\tDTNN\t_\t_\t_\t_\tTime=B-2021-W30\n"
                + "10\tالمقبل\t_\tADJ\tDTJJ\t_\t_\t_\t_\tTime=I-2021-W30|SpaceAfter=No\n11\t،\t_\tPUNCT\tPUNC\t");
    }

    @Test
    void cliticsAreSyntacticWordsAndMentionsStartAfterProclitics() {
        // This وبايدن is inside the page's third quotation.
        assertThat(conllu).containsPattern("\n(\\d+)-(\\d+)\tوبايدن\t_\t_\t_\t_\t_\t_\t_\t_\n\\1\tو\t_\tCCONJ\tCC\t_\t_\t_\t_\tQuote=I-3\n"
                + "\\2\tبايدن\t_\tPROPN\tNNP\t_\t_\t_\t_\tNER=B-PERSON\\|Actor=per:joe-biden\\|Quote=I-3\n");
        // In للحشد the article ال lost its alef after ل: the word is الحشد, and Surface keeps the text's لحشد.
        assertThat(conllu).contains("34-35\tللحشد\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n34\tل\t_\tADP\tIN\t_\t_\t_\t_\t_\n"
                + "35\tالحشد\t_\tNOUN\tDTNN\t_\t_\t_\t_\tNER=B-ORGANIZATION|Actor=org:popular-mobilization-forces|Surface=لحشد\n");
        assertThat(conllu).contains("\tمصطفى\t_\tPROPN\tNNP\t_\t_\t_\t_\tNER=B-PERSON|Actor=per:mustafa-al-kadhimi\n");
        assertThat(conllu).containsPattern("\tالكاظمي\t_\t\\w+\t\\w+\t_\t_\t_\t_\tNER=I-PERSON\\|Actor=per:mustafa-al-kadhimi\n");
    }

    @Test
    void readingBackGivesTheJsonlTokensSegmentsTagsAndEntities() throws IOException {
        List<Document> back = ConlluReader.read(SampleRun.reader(conllu), "samples.conllu");
        List<JsonNode> expected = SampleRun.records();
        List<JsonNode> actual = SampleRun.records(back);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            JsonNode got = actual.get(i);
            assertThat(got.get("id")).isEqualTo(want.get("id"));
            assertThat(got.get("text")).as(want.get("id").asText()).isEqualTo(want.get("text"));
            assertThat(got.get("tokens")).as(want.get("id").asText()).isEqualTo(want.get("tokens"));
            assertThat(entities(got)).as(want.get("id").asText()).isEqualTo(entities(want));
        }
        assertThat(expected.stream().mapToInt(r -> r.get("entities").size()).sum()).isGreaterThan(150);
    }

    private static List<String> entities(JsonNode record) {
        List<String> out = new ArrayList<>();
        record.get("entities").forEach(e -> out.add(e.get("start") + "-" + e.get("end") + " " + e.get("text").asText()
                + " " + e.get("type").asText() + " " + e.get("entity").get("id").asText()));
        return out;
    }

    @Test
    void everyTagOfTheTaggerModelHasAUniversalTag() {
        List<String> tags = new MaxentTagger(PosTagger.MODEL).tagSet().stream().filter(t -> !t.equals(".$$.")).toList();
        assertThat(tags).hasSize(32);
        assertThat(tags).allSatisfy(tag -> assertThat(Upos.of(tag, "كلمة")).as(tag).isNotEqualTo("X"));
        assertThat(Upos.of("NNP", "بايدن")).isEqualTo("PROPN");
        assertThat(Upos.of("PRP$", "ها")).isEqualTo("PRON");
        assertThat(Upos.of("VN", "المتعلقة")).isEqualTo("ADJ");
        assertThat(Upos.of("VBD", "كانت")).isEqualTo("AUX");
        assertThat(Upos.of("IN", "أن")).isEqualTo("SCONJ");
        assertThat(Upos.of("IN", "في")).isEqualTo("ADP");
        assertThat(Upos.of(null, "x")).isEqualTo("_");
    }

    @Test
    void formsAndTextAreInNfcAndInvisibleSpacingIsEscaped() throws IOException {
        // موجَّه as news often types it, shadda before fatha: NFC puts the fatha first (its combining
        // class is lower). The headline ends in a no-break space, which MISC must not hold raw.
        String typed = "خطاب موج\u0651\u064eه إلى بغداد\u00a0";
        Document doc = Marsad.builder().stages("tokenize,ssplit,segment,pos").build().annotate(typed);
        String out = SampleRun.write(OutputFormat.CONLLU, List.of(doc));
        assertThat(out).contains("# text = خطاب موج\u064e\u0651ه إلى بغداد\n")
                .contains("\tموج\u064e\u0651ه\t")
                .contains("\tبغداد\t_\tPROPN\tNNP\t_\t_\t_\t_\tSpacesAfter=\\u00A0\n")
                .doesNotContain("\u00a0").doesNotContain("\u0651\u064e");
        assertThat(ConlluValidation.errors(out)).isEmpty();
        Document back = ConlluReader.read(SampleRun.reader(out), "typed.conllu").get(0);
        assertThat(back.text()).isEqualTo(Normalizer.normalize(typed, Normalizer.Form.NFC));
    }

    @Test
    void aDocumentEndsWithoutSpaceAfterNoAndItsTrailingSpaceSurvives() throws IOException {
        Marsad nlp = Marsad.builder().stages("tokenize,ssplit,segment,pos").build();
        List<Document> docs = List.of(nlp.annotate(Document.builder("زار الكاظمي واشنطن").id("visit").build()),
                nlp.annotate(Document.builder("وصل بايدن إلى بغداد ").id("arrival").build()));
        String out = SampleRun.write(OutputFormat.CONLLU, docs);
        // UD's validator: no SpaceAfter=No before a new document (spaceafter-newdocpar).
        assertThat(out).doesNotContain("SpaceAfter=No").containsOnlyOnce("\n\n# newdoc")
                .containsPattern("\tبغداد\t[^\n]*\tSpacesAfter=\\\\s\n");
        assertThat(ConlluValidation.errors(out)).isEmpty();
        List<Document> back = ConlluReader.read(SampleRun.reader(out), "two.conllu");
        assertThat(back).extracting(Document::text).containsExactly("زار الكاظمي واشنطن", "وصل بايدن إلى بغداد ");
    }

    @Test
    void spacingSurvivesEscaping() {
        Misc misc = Misc.parse(new Misc().spaceAfter(" \t|\\\n").toString());
        assertThat(misc.toString()).isEqualTo("SpacesAfter=\\s\\t\\p\\\\\\n");
        assertThat(misc.spacing()).isEqualTo(" \t|\\\n");
        assertThat(Misc.parse(new Misc().spaceAfter("").toString()).spacing()).isEmpty();
        assertThat(Misc.parse(new Misc().spaceAfter(" ").toString()).spacing()).isEqualTo(" ");
        Misc invisible = Misc.parse(new Misc().spaceAfter("\u00a0\u200f\n").toString());
        assertThat(invisible.toString()).isEqualTo("SpacesAfter=\\u00A0\\u200F\\n");
        assertThat(invisible.spacing()).isEqualTo("\u00a0\u200f\n");
    }
}
