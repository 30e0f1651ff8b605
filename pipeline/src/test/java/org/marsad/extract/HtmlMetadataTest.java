package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.read.Page;

/** Each source of an HTML article's metadata, on small pages of real Arabic news text. */
class HtmlMetadataTest {
    private static final String BODY = "<p>أعلنت وزارة الصحة والسكان المصرية، اليوم الثلاثاء، تسجيل ثلاثين حالة جديدة بفيروس كورونا المستجد، "
            + "لترتفع الحصيلة إلى مئة وست وتسعين حالة منذ بداية الوباء.</p>"
            + "<p>وأوضح المتحدث الرسمي للوزارة أن الحالات الجديدة التي ثبتت إيجابيتها مخالطة لحالات سابقة، وأن جميعها "
            + "تخضع للرعاية الطبية في مستشفيات العزل وفقا لإرشادات منظمة الصحة العالمية.</p>"
            + "<p>وأكدت الوزارة عدم رصد أي حالات مصابة في باقي محافظات الجمهورية، داعية المواطنين إلى الالتزام بالإجراءات الوقائية.</p>";
    private static final String TITLE = "مصر تسجل 30 إصابة جديدة بفيروس كورونا";

    private static Document article(String head, String beforeBody) {
        return article(head, beforeBody, "ar");
    }

    private static Document article(String head, String beforeBody, String lang) {
        return article(head, beforeBody, lang, "");
    }

    private static Document article(String head, String beforeBody, String lang, String bodyEnd) {
        String html = "<html lang=\"" + lang + "\"><head>" + head + "</head><body><nav><a href=\"/\">الرئيسية</a></nav><article><h1>"
                + TITLE + "</h1>" + beforeBody + "<div class=\"text\">" + BODY + bodyEnd + "</div></article></body></html>";
        return new ArticleExtractor().extract(Page.html(html)).get(0);
    }

    @Test
    void jsonLdDatePublishedIsTakenInThePagesOwnTimeZoneBeforeAUtcMetaTag() {
        Document doc = article("<meta property=\"article:published_time\" content=\"2020-12-24T23:59:50+00:00\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2020-12-25T01:59:50+02:00\",\"dateModified\":\"2020-12-28T10:00:00+02:00\","
                + "\"publisher\":{\"@id\":\"#org\"},\"author\":[{\"@type\":\"Person\",\"name\":\"ضحى عرفة\"}],"
                + "\"articleSection\":\"فن\"},{\"@id\":\"#org\",\"@type\":\"Organization\",\"name\":\"قناة صدى البلد\"}]}</script>", "");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2020, 12, 25));
        assertThat(doc.source().publisher()).isEqualTo("قناة صدى البلد");
        assertThat(doc.author()).isEqualTo("ضحى عرفة");
        assertThat(doc.section()).isEqualTo("فن");
    }

    @Test
    void articlePublishedTimeIsTheDateWhereItsOffsetPutsIt() {
        assertThat(article("<meta property=\"article:published_time\" content=\"2021-07-24T23:30:00-04:00\">", "").published())
                .isEqualTo(LocalDate.of(2021, 7, 24));
    }

    @Test
    void aUtcStampYieldsToTheDateLineOfThePageOneDayLater() {
        Document doc = article("<meta property=\"article:published_time\" content=\"2020-12-24T23:59:50Z\">",
                "<div class=\"date\">2020/12/25 - 1:59 صباحًا</div>");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2020, 12, 25));
    }

    @Test
    void aTimeElementGivesTheDateAndAnUpdateTimeIsNeverThePublication() {
        assertThat(article("", "<time class=\"updated\" datetime=\"2021-08-02\">2 أغسطس</time>"
                + "<time datetime=\"2021-07-24T09:30:00+03:00\">24 يوليو 2021</time>").published())
                .isEqualTo(LocalDate.of(2021, 7, 24));
        assertThat(article("<meta property=\"article:modified_time\" content=\"2021-08-02T10:00:00+03:00\">",
                "<div>الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21</div>").published()).isEqualTo(LocalDate.of(2013, 8, 4));
    }

    @Test
    void arabicDateLinesInAllThreeMonthSystemsAndEasternDigits() {
        assertThat(article("", "<div>الإثنين، 24 أغسطس 2020 09:23 ص</div>").published()).isEqualTo(LocalDate.of(2020, 8, 24));
        assertThat(article("", "<div>تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</div>").published()).isEqualTo(LocalDate.of(2020, 4, 24));
        assertThat(article("", "<div>الجمعة 8 فيفري 2019</div>").published()).isEqualTo(LocalDate.of(2019, 2, 8));
        assertThat(article("", "<div>٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠</div>").published()).isEqualTo(LocalDate.of(2020, 12, 1));
        assertThat(article("", "<div>17 تشرين الأول 2021</div>").published()).isEqualTo(LocalDate.of(2021, 10, 17));
    }

    @Test
    void aDateInTheUrlWhenThePageStatesNone() {
        Document doc = article("<link rel=\"canonical\" href=\"https://www.youm7.com/story/2020/8/24/وزير-الرى/4943459\">", "");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2020, 8, 24));
        assertThat(doc.source().url()).isEqualTo("https://www.youm7.com/story/2020/8/24/وزير-الرى/4943459");
    }

    @Test
    void theTitleLosesTheSiteName() {
        assertThat(article("<meta property=\"og:title\" content=\"" + TITLE + " - اليوم السابع\">", "").title()).isEqualTo(TITLE);
        String html = "<html><head><title>" + TITLE + " - عبر الإمارات - البيان</title><meta property=\"og:site_name\" content=\"البيان\">"
                + "</head><body><div class=\"text\">" + BODY + "</div></body></html>";
        Document doc = new ArticleExtractor().extract(Page.html(html)).get(0);
        assertThat(doc.title()).isEqualTo(TITLE);
        assertThat(doc.text()).startsWith(TITLE + "\n\n");
    }

    @Test
    void thePublisherIsANameNotACode() {
        Document doc = article("<meta property=\"og:site_name\" content=\"LBCIV7\"><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"" + TITLE + "\",\"publisher\":{\"name\":\"LBCI Lebanon\"}}</script>", "");
        assertThat(doc.source().publisher()).isEqualTo("LBCI Lebanon");
        assertThat(article("<meta property=\"og:site_name\" content=\"https://akhbarelyom.com/\">"
                + "<meta property=\"og:site_name\" content=\"بوابة اخبار اليوم\">", "").source().publisher()).isEqualTo("بوابة اخبار اليوم");
    }

    @Test
    void theListOfSitesNamesAPublisherThatTheMarkupGivesOnlyAsACodeOrNotAtAll() {
        assertThat(article("<meta property=\"og:site_name\" content=\"alyaum\">"
                + "<link rel=\"canonical\" href=\"https://www.alyaum.com/articles/6291787/x\">", "").source().publisher()).isEqualTo("اليوم");
        assertThat(article("<link rel=\"canonical\" href=\"https://arabic.sputniknews.com/arab_world/202003171044893040/\">", "")
                .source().publisher()).isEqualTo("سبوتنيك عربي");
        assertThat(article("<meta property=\"og:url\" content=\"https://example.org/news/1\">", "").source().publisher()).isNull();
    }

    @Test
    void theBylineNamesTheAuthorAndLeavesTheText() {
        Document doc = article("", "<div class=\"writer\">كتبت أسماء نصار</div>");
        assertThat(doc.author()).isEqualTo("أسماء نصار");
        assertThat(doc.text()).doesNotContain("كتبت");
    }

    @Test
    void aShortSentenceWithADateIsTextNotADateline() {
        assertThat(Dates.isDateLine("الإثنين، 24 أغسطس 2020 09:23 ص")).isTrue();
        assertThat(Dates.isDateLine("٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠")).isTrue();
        assertThat(Dates.isDateLine("17 مارس/ آذار 2020")).isTrue();
        assertThat(Dates.isDateLine("وقعت الحادثة في 12 يناير 2020 قرب الحدود")).isFalse();
        Document doc = article("", "", "ar", "<p>وقعت الحادثة في 12 يناير 2020 قرب الحدود.</p><p>تقرير: الأمم المتحدة تحذر</p>");
        assertThat(doc.text()).contains("وقعت الحادثة في 12 يناير 2020 قرب الحدود.", "تقرير: الأمم المتحدة تحذر");
        assertThat(doc.published()).isNull();
    }

    @Test
    void theDeclaredLanguageIsTakenOnlyWhenTheTextAgrees() {
        assertThat(article("", "").lang()).isEqualTo("ar");
        assertThat(article("", "", "en").lang()).isNull();
    }
}
