package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Needs;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.read.BadInputException;
import org.marsad.read.Page;
import org.marsad.read.TextDecoder;

/**
 * Real pages of Arabic news sites (corpus/web, see its PROVENANCE.md) on the failures the issue
 * reported: a Lebanese TV site's menus and teasers, a body of 83 characters, a date a day off, a
 * site name in the title, a publisher code, a comment-form line; and a page in windows-1256.
 */
class WebPagesTest {
    private static final Path DEV = Path.of("..", "corpus", "web", "dev");
    private static final Path TEST = Path.of("..", "corpus", "web", "test");
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Document article(Path dir, String name) {
        Needs.webPages(dir);
        return extractor.extract(Page.html(Samples.read(dir.resolve(name + ".html")))).get(0);
    }

    @Test
    void theLebaneseTvPageIsItsArticleUnderItsPublishersName() {
        Document doc = article(DEV, "lbcgroup");
        assertThat(doc.source().publisher()).isEqualTo("LBCI Lebanon");
        assertThat(doc.title()).startsWith("\"شعر وردي يُشعل السخرية\"");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(doc.text()).contains("غوستاف فوشيه").doesNotContain("زوارنا يقرأون الآن", "عراقجي", "حمل الآن تطبيق");
    }

    @Test
    void theBeirutObserverBodyIsWhole() {
        Document doc = article(DEV, "beirutobserver");
        assertThat(doc.text().length()).isGreaterThan(1100);
        assertThat(doc.text()).contains("هيرميس").doesNotContain("Previous:", "باسيل");
    }

    @Test
    void theTitleLosesTheSiteNameAndTheCommentFormStaysOut() {
        Document doc = article(DEV, "youm7");
        assertThat(doc.title()).isEqualTo("وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة");
        assertThat(doc.text()).doesNotContain("اضف تعليق", "مشاركة", "الموضوعات المتعلقة", "كتبت أسماء نصار");
        assertThat(doc.author()).isEqualTo("أسماء نصار");
        assertThat(article(DEV, "assabah").text()).doesNotContain("إضافة تعليق جديد");
    }

    @Test
    void aUtcPublicationTimeIsReadInThePagesTimeZone() {
        // article:published_time says 2020-12-24T23:59:50+00:00; the page and its JSON-LD say the 25th, 01:59 in Cairo.
        assertThat(article(TEST, "elbaladtv").published()).isEqualTo(LocalDate.of(2020, 12, 25));
    }

    @Test
    void aPageInWindows1256IsReadAsInUtf8() throws BadInputException {
        Needs.webPages(DEV);
        String utf8 = Samples.read(DEV.resolve("albayan.html"));
        String declared = utf8.replaceFirst("(?i)charset=\"?utf-8\"?", "charset=windows-1256");
        assertThat(declared).isNotEqualTo(utf8);
        for (String page : List.of(declared, declared.replace("charset=windows-1256", ""))) {
            byte[] bytes = page.getBytes(WINDOWS_1256);
            String decoded = TextDecoder.decode(bytes, null, true);
            Document doc = extractor.extract(Page.html(decoded)).get(0);
            Document expected = extractor.extract(Page.html(new String(bytes, WINDOWS_1256))).get(0);
            assertThat(doc.text()).isEqualTo(expected.text()).contains("ثمّن أحمد ساير داودزي");
            assertThat(doc.published()).isEqualTo(LocalDate.of(2020, 6, 3));
        }
    }
}
