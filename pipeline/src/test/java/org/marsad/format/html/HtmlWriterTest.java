package org.marsad.format.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.document.Block;
import org.marsad.document.Document;
import org.marsad.document.Source;
import org.marsad.document.Span;
import org.marsad.format.SampleRun;
import org.marsad.write.OutputFormat;

class HtmlWriterTest {
    private static String page;

    @BeforeAll
    static void writeTheSamples() {
        page = SampleRun.write(OutputFormat.HTML);
    }

    @Test
    void thePageIsSelfContained() {
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">").contains("<style>", "<script>");
        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("@import", "url(", "@font-face",
                "<link rel=\"stylesheet\"");
        assertThat(page).contains("font-family: \"Noto Naskh Arabic\", \"Amiri\", \"Segoe UI\", Tahoma, \"DejaVu Sans\", sans-serif;");
    }

    @Test
    void theIndexListsEveryDocumentWithItsTopActors() {
        assertThat(page.split("<tr><td><a href=\"#doc-", -1)).hasSize(62 + 1);
        assertThat(page).contains("<tr><td><a href=\"#doc-iraq-withdrawal-26sep\">العراق وإنهاء التواجد الأمريكي والأجنبي من أراضيها</a>"
                + "</td><td>26 سبتمبر</td><td class=\"date\"><bdi>2021-07-25</bdi></td><td>العراق، واشنطن، الولايات المتحدة</td></tr>");
    }

    @Test
    void mentionsAreHighlightedRightToLeftWithTheirActorOnHover() {
        assertThat(page.split("<div class=\"text\" dir=\"rtl\" lang=\"ar\">", -1)).hasSize(62 + 1);
        assertThat(page).contains("<mark class=\"m PERSON\" data-entity=\"per:mustafa-al-kadhimi\" "
                + "title=\"مصطفى الكاظمي · Mustafa al-Kadhimi · PERSON · رئيس الوزراء العراقي\">مصطفى الكاظمي</mark>");
        assertThat(page).contains("<button type=\"button\" class=\"actor PERSON\" data-actor=\"per:joe-biden\"");
    }

    @Test
    void quotationsAreShadedWithTheirSpeakerOnHover() {
        assertThat(page).contains("<span class=\"quote indirect\" title=\"فؤاد حسين · indirect\">الوفد العراقي يحمل رؤية واضحة</span>");
    }

    @Test
    void timeExpressionsShowTheirValueOnHover() {
        assertThat(page).contains("<time class=\"t\" datetime=\"2021-W30\" title=\"2021-W30 · gregorian\">الأسبوع المقبل</time>");
    }

    @Test
    void aHighlightNeverCutsAJoinBetweenLetters() {
        // و does not join the next letter, so the mark starts at بايدن; ل does, so للحشد and لإيران are marked whole.
        assertThat(page).containsPattern("و<mark [^>]*data-entity=\"per:joe-biden\"[^>]*>بايدن</mark>");
        assertThat(page).containsPattern("<mark [^>]*data-entity=\"org:popular-mobilization-forces\"[^>]*>للحشد</mark>");
        assertThat(page).containsPattern("<mark [^>]*data-entity=\"loc:iran\"[^>]*>لإيران</mark>");
        // No mark opens or closes between two letters that join.
        assertThat(page).doesNotContainPattern("[\\u0626\\u0628\\u062A-\\u062E\\u0633-\\u064A&&[^\\u0648]]<mark");
        assertThat(page).doesNotContainPattern("</mark>[\\u0622-\\u064A&&[^\\u0621]]");
    }

    @Test
    void textIsEscaped() {
        Document doc = Document.builder("قال بايدن إن 1 < 2 & \"نعم\".").id("x<1>").source(new Source("a&b.jsonl", null, "\"وكالة\""))
                .title("<script>alert(1)</script>").published(LocalDate.of(2021, 7, 26)).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HtmlWriter writer = new HtmlWriter(bytes)) {
            writer.write(doc);
        }
        String html = bytes.toString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert", "x<1>", "1 < 2")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "1 &lt; 2 &amp; &quot;نعم&quot;.", "id=\"doc-x&lt;1&gt;\"",
                        "<bdi>&quot;وكالة&quot;</bdi>");
    }

    @Test
    void eachBlockShowsItsRole() {
        String[] parts = {"طهران تدفن زادة", "الجيل الذي ينتفض مطالبا بحريته", "شيعت إيران أمس العالم النووي.", "انتكاسة جديدة",
            "«السلاح الذي استخدم كان صناعة إسرائيلية»", "مشيعون يحملون النعش في طهران", "اتهام إسرائيل"};
        Block.Role[] roles = {Block.Role.TITLE, Block.Role.LEAD, Block.Role.PARAGRAPH, Block.Role.HEADING, Block.Role.QUOTE,
            Block.Role.CAPTION, Block.Role.LIST};
        StringBuilder text = new StringBuilder();
        java.util.List<Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            blocks.add(new Block(new Span(text.length(), text.length() + parts[i].length()), roles[i]));
            text.append(parts[i]);
        }
        Document doc = Document.builder(text.toString()).id("roles").title(parts[0]).blocks(blocks).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HtmlWriter writer = new HtmlWriter(bytes)) {
            writer.write(doc);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("<h2 class=\"title\">طهران تدفن زادة</h2>",
                "<p class=\"lead\">الجيل", "<p class=\"paragraph\">شيعت", "<h3 class=\"heading\">انتكاسة جديدة</h3>",
                "<blockquote class=\"quote\">«السلاح", "<p class=\"caption\">مشيعون", "<p class=\"list\">اتهام إسرائيل</p>");
    }
}
