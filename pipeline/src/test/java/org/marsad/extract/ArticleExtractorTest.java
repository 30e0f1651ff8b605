package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.marsad.Samples;
import org.marsad.document.Block;
import org.marsad.document.Document;
import org.marsad.document.Kind;
import org.marsad.document.Source;
import org.marsad.read.Page;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<Document> iraqPage() {
        return extractor.extract(Page.of("iraq", Source.ofPath("iraq.txt"), Page.Format.TEXT, Samples.read(Samples.IRAQ_PAGE)));
    }

    @Test
    void theSamplePageYieldsOneArticleWithTitlePublisherDateAndBody() {
        Document article = iraqPage().get(0);
        assertThat(article.kind()).isEqualTo(Kind.ARTICLE);
        assertThat(article.title()).isEqualTo("العراق وإنهاء التواجد الأمريكي والأجنبي من أراضيها");
        assertThat(article.source().publisher()).isEqualTo("26 سبتمبر");
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 7, 25));
        assertThat(article.text()).startsWith("العراق وإنهاء التواجد الأمريكي والأجنبي من أراضيها\n\nيبدو أن الولايات المتحدة");
        assertThat(article.text()).contains("وأعلن البيت الأبيض السبت أن الرئيس جو بايدن سيستضيف");
        assertThat(article.text()).endsWith("داعش مبررا لبقائها في الأراضي العراقية.");
    }

    @Test
    void boilerplateAndTheBylineAreNotArticleText() {
        String text = iraqPage().get(0).text();
        assertThat(text).doesNotContain("شكرا على الإبلاغ", "سيتم حجب هذه الصورة", "انقر هنا لقراءة الخبر", "نشر في 26 سبتمبر");
        assertThat(text).doesNotContain("حكومة صنعاء تمنع تدريس اللغة الانجليزية");
    }

    @Test
    void sectionHeadingsAreHeadingBlocks() {
        Document article = iraqPage().get(0);
        List<String> headings = article.blocks().stream().filter(b -> b.role() == Block.Role.HEADING)
                .map(b -> article.text(b.span())).toList();
        assertThat(headings).containsExactly("مغادرة البلاد", "جدولة الانسحاب", "رفض التواجد الأمريكي",
                "الرؤية الاستراتيجية لواشنطن", "أليات الانسحاب", "حقائق الأمر الواقع");
        assertThat(article.blocks().get(0).role()).isEqualTo(Block.Role.TITLE);
    }

    @Test
    void theTickerBecomesOneHeadlinePerDistinctHeadline() {
        List<Document> headlines = iraqPage().stream().filter(d -> d.kind() == Kind.HEADLINE).toList();
        assertThat(headlines).hasSize(57);
        assertThat(headlines).allSatisfy(h -> {
            assertThat(h.parent()).isEqualTo("iraq");
            assertThat(h.text()).isEqualTo(h.title()).doesNotContain("\u00A0");
        });
        assertThat(headlines.get(0).text()).isEqualTo(
                "عضو مجلس القيادة الرئاسي الدكتور عبدالله العليمي يلتقي قيادات التكتل الوطني للأحزاب والمكونات السياسية");
        assertThat(headlines).extracting(Document::text).doesNotHaveDuplicates()
                .contains("انخفاض أسعار الذهب إلى 3315.84 دولار للأوقية");
    }

    @Test
    void anHtmlPageTakesItsMetadataFromTheMarkupAndDropsFurniture() {
        List<Document> docs = extractor.extract(Page.of("talks", Source.ofPath("talks.html"), Page.Format.HTML, Samples.read(Samples.HTML_PAGE)));
        assertThat(docs).hasSize(1);
        Document article = docs.get(0);
        assertThat(article.title()).isEqualTo("جولة حوار جديدة بين بغداد وواشنطن حول مستقبل القوات الأجنبية");
        assertThat(article.source().publisher()).isEqualTo("مرصد الأخبار");
        assertThat(article.source().url()).isEqualTo("https://example.org/news/2021/07/24/baghdad-washington-talks");
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 7, 24));
        assertThat(article.text()).contains("يتوجه رئيس الوزراء العراقي مصطفى الكاظمي إلى واشنطن")
                .doesNotContain("الرئيسية", "جميع الحقوق محفوظة", "تابعونا", "الأكثر قراءة", "window.analytics");
        assertThat(article.blocks()).filteredOn(b -> b.role() == Block.Role.HEADING)
                .extracting(b -> article.text(b.span())).containsExactly("موقف الفصائل");
        assertThat(article.text().indexOf(article.title())).isZero();
    }

    @Test
    void aJsonlDocumentIsTakenVerbatim() {
        String text = "  نص كما هو،\nبلا تغيير 👀 ";
        Page page = new Page("wire-9", new Source("w.jsonl", "https://example.org/9", "وكالة"), Page.Format.DOCUMENT, text, "عنوان", "2021-07-26T10:00:00Z");
        Document doc = extractor.extract(page).get(0);
        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.id()).isEqualTo("wire-9");
        assertThat(doc.kind()).isEqualTo(Kind.DOCUMENT);
        assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 7, 26));
    }

    private static long nonSpace(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }

    @Test
    void textLeftOutOfEveryDocumentIsCountedOnTheArticle() {
        String before = "كانت الأوضاع هادئة في المدينة طوال الأسبوع الماضي.\nوتواصلت الاجتماعات بين الأطراف في العاصمة.";
        String byline = "نشر في 26 سبتمبر يوم 25 - 07 - 2021";
        String boilerplate = "شكرا على الإبلاغ!";
        String page = before + "\nالكاظمي يستقبل وفدا أوروبيا\n" + byline
                + "\nاستقبل رئيس الوزراء مصطفى الكاظمي في بغداد وفدا من الاتحاد الأوروبي لبحث التعاون.\n" + boilerplate + "\n";
        List<Document> documents = extractor.extract(Page.of("p", Source.ofPath("p.txt"), Page.Format.TEXT, page));
        assertThat(documents).singleElement().satisfies(article -> {
            assertThat(article.text()).isEqualTo("الكاظمي يستقبل وفدا أوروبيا\n\n"
                    + "استقبل رئيس الوزراء مصطفى الكاظمي في بغداد وفدا من الاتحاد الأوروبي لبحث التعاون.");
            assertThat(article.droppedChars()).isEqualTo(nonSpace(before + byline + boilerplate));
        });
        // On the sample page too, every character is in a record or counted as dropped.
        List<Document> sample = iraqPage();
        assertThat(sample.get(0).droppedChars()).isPositive();
        assertThat(sample.stream().skip(1)).allSatisfy(d -> assertThat(d.droppedChars()).isZero());
        assertThat(sample.stream().mapToLong(d -> nonSpace(d.text())).sum() + sample.get(0).droppedChars())
                .isEqualTo(nonSpace(Samples.read(Samples.IRAQ_PAGE)));
    }
}
