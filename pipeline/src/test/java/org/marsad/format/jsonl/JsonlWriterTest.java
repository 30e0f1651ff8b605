package org.marsad.format.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.format.jsonl.RecordAssertions.assertValidRecord;
import static org.marsad.format.jsonl.RecordAssertions.slice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.Source;

class JsonlWriterTest {

    @Test
    void aRecordFollowsTheContractWithCodePointOffsetsAfterAnEmoji() throws Exception {
        Document doc = Samples.pipeline().annotate(Document.builder("👀 التقى الكاظمي وبايدن في البيت الأبيض أمس.").id("wire-1")
                .source(new Source("w.jsonl", "https://example.org/1", "وكالة")).title("عنوان").published(LocalDate.of(2021, 7, 26)).build());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonlWriter writer = new JsonlWriter(bytes)) {
            writer.write(doc);
            writer.write(doc);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).endsWith("}\n");
        assertThat(out.split("\n", -1)).hasSize(3);
        JsonNode record = new ObjectMapper().readTree(out.lines().findFirst().orElseThrow());
        assertValidRecord(record);
        assertThat(record.get("published").asText()).isEqualTo("2021-07-26");
        assertThat(record.get("pipeline").get("stages")).extracting(JsonNode::asText)
                .containsExactly("langid", "tokenize", "ssplit", "segment", "pos", "ner-gazetteer", "ner-persons", "ner-organizations", "ner-model", "role", "link", "time", "quote");
        JsonNode biden = record.get("entities").get(1);
        // بايدن starts at UTF-16 index 18 but code point 17: the emoji is one code point, two UTF-16 units.
        assertThat(doc.text().indexOf("بايدن")).isEqualTo(18);
        assertThat(biden.get("start").asInt()).isEqualTo(17);
        assertThat(slice(record.get("text").asText(), biden)).isEqualTo("بايدن");
        assertThat(biden.get("entity").get("id").asText()).isEqualTo("per:joe-biden");
        assertThat(biden.get("entity").get("name_en").asText()).isEqualTo("Joe Biden");
        JsonNode yesterday = record.get("times").get(0);
        assertThat(yesterday.get("text").asText()).isEqualTo("أمس");
        assertThat(yesterday.get("value").asText()).isEqualTo("2021-07-25");
        assertThat(yesterday.get("type").asText()).isEqualTo("date");
        assertThat(record.get("tokens").get(1).get("segments").get(0).has("upos")).isFalse();
    }

    @Test
    void aParsedRecordGivesEachSegmentItsUdTagFeaturesHeadAndRelation() throws Exception {
        Marsad parser = Marsad.builder().stages("tokenize,ssplit,segment,pos,morph,parse").build();
        Document doc = parser.annotate(Document.builder("وقعت الحكومة العراقية اتفاقا مع الشركة.").id("deal").build());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonlWriter writer = new JsonlWriter(bytes)) {
            writer.write(doc);
        }
        JsonNode record = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
        assertValidRecord(record);
        List<String> words = new ArrayList<>();
        record.get("tokens").forEach(token -> token.get("segments").forEach(segment -> words.add(segment.get("form").asText()
                + " " + segment.get("upos").asText() + " " + segment.get("head").asInt() + " " + segment.get("deprel").asText())));
        // The tree DependencyParseTest checks, as JSON: the verb is the root, with its subject and object.
        assertThat(words).containsExactly("وقعت VERB 0 root", "الحكومة NOUN 1 nsubj", "العراقية ADJ 2 amod", "اتفاقا NOUN 1 obj",
                "مع ADP 6 case", "الشركة NOUN 4 nmod", ". PUNCT 1 punct");
        JsonNode government = record.get("tokens").get(1).get("segments").get(0);
        assertThat(government.get("feats").asText()).contains("Case=Nom", "Definite=Def");
    }
}
