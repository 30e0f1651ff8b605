package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.document.Block;
import org.marsad.document.Document;
import org.marsad.document.Kind;
import org.marsad.read.Page;

/**
 * Pages that are not one plain article: one whose readers' comments outnumber it, a photo
 * gallery, and a section page that is only a list of headlines. None of the real pages of
 * corpus/web is such a page, so these are written here, with text from real Arabic news.
 */
class PageKindsTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String ARTICLE = "<h1>طهران تدفن زادة وتتهم المعارضة الإيرانية باغتياله</h1>"
            + "<div class=\"body\"><p>وسط تهديدات إيرانية بالانتقام وتوعد إسرائيلي برد قاس، شيعت إيران أمس العالم النووي "
            + "محسن فخري زادة الذي اغتيل قرب العاصمة طهران يوم الجمعة الماضي.</p>"
            + "<p>وزعم أمين المجلس الأعلى للأمن القومي في إيران علي شمخاني أن عملية الاغتيال نفذت بأدوات إلكترونية "
            + "عن بعد، متهما إسرائيل وجماعة مجاهدي خلق بالوقوف وراءها.</p></div>";

    private static String comment(int n) {
        return "<li class=\"comment\"><a href=\"/u/" + n + "\">قارئ " + n + "</a><p>هذا الكلام غير صحيح على الإطلاق والجميع يعرف "
                + "من يقف وراء هذه العملية منذ سنوات طويلة، ولا بد من محاسبة المسؤولين عنها أمام الرأي العام في المنطقة كلها.</p>"
                + "<p>أتفق مع ما جاء في التقرير وأتمنى أن تتوقف هذه الحرب الخفية بين الدول قبل أن تتحول إلى مواجهة مفتوحة.</p></li>";
    }

    @Test
    void readersCommentsThatOutnumberTheArticleStayOut() {
        StringBuilder comments = new StringBuilder("<section id=\"comments\"><h2>التعليقات</h2><ol>");
        for (int i = 1; i <= 8; i++) {
            comments.append(comment(i));
        }
        comments.append("</ol><h2>إضافة تعليق جديد</h2></section>");
        String html = "<html><head><title>طهران تدفن زادة</title></head><body><article>" + ARTICLE + "</article>" + comments + "</body></html>";
        assertThat(comments.length()).isGreaterThan(3 * ARTICLE.length());
        Document doc = extractor.extract(Page.html(html)).get(0);
        assertThat(doc.text()).contains("شيعت إيران أمس العالم النووي", "بأدوات إلكترونية")
                .doesNotContain("قارئ", "هذا الكلام غير صحيح", "إضافة تعليق جديد", "التعليقات");
    }

    @Test
    void aGalleryKeepsItsCaptionsAsCaptionBlocksAndDropsTheCredits() {
        StringBuilder gallery = new StringBuilder("<div class=\"gallery\">");
        String[] captions = {"مشيعون يحملون نعش العالم النووي في طهران", "عناصر من الشرطة الإيرانية في موقع الهجوم قرب طهران",
            "سيارة العالم النووي بعد الهجوم في بلدة آبسرد شرق العاصمة"};
        for (String caption : captions) {
            gallery.append("<figure><img src=\"x.jpg\" alt=\"\"><figcaption>").append(caption).append("</figcaption>")
                    .append("<p class=\"credit\">© رويترز</p></figure>");
        }
        gallery.append("</div>");
        String html = "<html><body><article>" + ARTICLE.replace("</div>", gallery + "</div>") + "</article></body></html>";
        Document doc = extractor.extract(Page.html(html)).get(0);
        List<String> captionBlocks = doc.blocks().stream().filter(b -> b.role() == Block.Role.CAPTION).map(b -> doc.text(b.span())).toList();
        assertThat(captionBlocks).containsExactly(captions);
        assertThat(doc.text()).doesNotContain("©", "رويترز").contains("شيعت إيران أمس العالم النووي");
        assertThat(doc.blocks()).filteredOn(b -> b.role() == Block.Role.PARAGRAPH).hasSize(2);
    }

    @Test
    void aPageOfHeadlinesGivesHeadlineRecordsAndNoArticle() {
        String[] headlines = {"وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية",
            "الرى: طرح وتدبير الاعتمادات المالية لعدد 383 عملية لتأهيل الترع", "الرى: إعداد مسودة أولية تتضمن نقاط الخلاف بشأن سد النهضة",
            "وزراء مياه مصر والسودان وإثيوبيا يتوافقون على خطوات التفاوض حول سد النهضة",
            "وزير الرى: لجنة إيراد النهر فى انعقاد مستمر لمتابعة موقف الفيضان", "مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا"};
        StringBuilder list = new StringBuilder("<html><head><title>تقارير مصرية - اليوم السابع</title></head><body><main><h1>تقارير مصرية</h1><ul>");
        for (String headline : headlines) {
            list.append("<li><h3><a href=\"/story/1\">").append(headline).append("</a></h3><span>الأحد، 23 أغسطس 2020 09:14 ص</span></li>");
        }
        list.append("</ul></main></body></html>");
        List<Document> docs = extractor.extract(Page.html(list.toString()));
        assertThat(docs).allSatisfy(d -> assertThat(d.kind()).isEqualTo(Kind.HEADLINE));
        assertThat(docs).extracting(Document::text).containsExactly(headlines);
    }
}
