package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.Quotation;

class QuoteFinderTest {

    /** Each quotation as "kind | cue | speaker text | speaker id | content". */
    private static List<String> quotes(String text) {
        Document doc = Samples.pipeline().annotate(Document.builder(text).id("t").build());
        return doc.quotes().stream().map(q -> describe(doc, q)).toList();
    }

    private static String describe(Document doc, Quotation q) {
        return q.kind().label() + " | " + doc.text(q.cue()) + " | " + (q.speaker() == null ? "-" : doc.text(q.speaker()))
                + " | " + q.speakerId() + " | " + doc.text(q.content());
    }

    @Test
    void indirectSpeechNamesTheSubjectAfterTheVerbAndKeepsItForWaAdaf() {
        assertThat(quotes("قال رئيس الوزراء مصطفى الكاظمي إن الحكومة ماضية في إجراء الانتخابات في موعدها. "
                + "وأضاف أن القوات الأمنية مستعدة لحماية المراكز.")).containsExactly(
                "indirect | قال | مصطفى الكاظمي | per:mustafa-al-kadhimi | الحكومة ماضية في إجراء الانتخابات في موعدها",
                "indirect | أضاف | مصطفى الكاظمي | per:mustafa-al-kadhimi | القوات الأمنية مستعدة لحماية المراكز");
    }

    @Test
    void aParticipleContinuesTheSpeakerOfItsSentence() {
        assertThat(quotes("وقال وزير الخارجية فؤاد حسين للصحفيين في بغداد إن الوفد العراقي يحمل رؤية واضحة، مضيفاً أن الحكومة تريد علاقة متوازنة."))
                .containsExactly("indirect | قال | فؤاد حسين | per:fuad-hussein | الوفد العراقي يحمل رؤية واضحة",
                        "indirect | مضيفاً | فؤاد حسين | per:fuad-hussein | الحكومة تريد علاقة متوازنة");
    }

    @Test
    void aSpeakerNamedOnlyByARole() {
        assertThat(quotes("وأكد المتحدث باسم وزارة الخارجية الأمريكية أن واشنطن لا تسعى إلى التصعيد. "
                + "وقال مسؤول عراقي لرويترز إن المحادثات ستستأنف الأسبوع المقبل.")).containsExactly(
                "indirect | أكد | المتحدث باسم وزارة الخارجية الأمريكية | null | واشنطن لا تسعى إلى التصعيد",
                "indirect | قال | مسؤول عراقي | null | المحادثات ستستأنف الأسبوع المقبل");
    }

    @Test
    void verbsInEveryPersonAndTenseWithPrepositionsBeforeAnna() {
        assertThat(quotes("ويقول وزير الخارجية المصري سامح شكري إن القاهرة تدعم الحل السياسي في ليبيا، فيما تؤكد أنقرة أنها باقية. "
                + "وشدد الأمين العام لحزب الله حسن نصر الله على أن المقاومة جاهزة. ورأت الخارجية الإيرانية أن العقوبات غير شرعية.")).containsExactly(
                "indirect | يقول | سامح شكري | per:sameh-shoukry | القاهرة تدعم الحل السياسي في ليبيا",
                "indirect | تؤكد | أنقرة | loc:ankara | باقية",
                "indirect | شدد | حسن نصر الله | per:hassan-nasrallah | المقاومة جاهزة",
                "indirect | رأت | الخارجية الإيرانية | org:iranian-ministry-of-foreign-affairs | العقوبات غير شرعية");
    }

    @Test
    void directSpeechInEveryKindOfMarkAndAfterAColon() {
        assertThat(quotes("وقال بايدن للصحفيين: «سننهي المهمة القتالية في العراق بنهاية العام». وتابع: \"سنواصل تدريب القوات العراقية\". "
                + "وقال السفير الفرنسي في بيروت: “إن فرنسا لن تتخلى عن لبنان”. ولفت إلى أن 'المعادلة تغيرت'. "
                + "وصرّح الرئيس التونسي قيس سعيد أمس: نحن لن نقبل بأي تدخل في شؤوننا الداخلية.")).containsExactly(
                "direct | قال | بايدن | per:joe-biden | سننهي المهمة القتالية في العراق بنهاية العام",
                "direct | تابع | بايدن | per:joe-biden | سنواصل تدريب القوات العراقية",
                "direct | قال | السفير الفرنسي | null | إن فرنسا لن تتخلى عن لبنان",
                "mixed | لفت | السفير الفرنسي | null | 'المعادلة تغيرت'",
                "direct | صرّح | قيس سعيد | per:kais-saied | نحن لن نقبل بأي تدخل في شؤوننا الداخلية");
    }

    @Test
    void aStatementOfAnOrganisationBeforeOrAfterTheQuotation() {
        assertThat(quotes("«لن نسمح بأي اعتداء على البعثات الدبلوماسية»، بحسب بيان للحشد الشعبي. "
                + "وجاء في بيان للمجلس الرئاسي الليبي أن الانتخابات ستجرى في موعدها.")).containsExactly(
                "direct | بحسب بيان | لحشد الشعبي | org:popular-mobilization-forces | لن نسمح بأي اعتداء على البعثات الدبلوماسية",
                "indirect | جاء في بيان | لمجلس الرئاسي الليبي | org:libyan-presidential-council | الانتخابات ستجرى في موعدها");
    }

    @Test
    void mixedSpeechEndsWhereTheNextReportedClauseBegins() {
        assertThat(quotes("ونفت وزارة الدفاع التركية أن تكون قواتها قد استهدفت مدنيين، فيما اتهمت الحكومة السورية أنقرة بأنها «تنتهك السيادة».")
                .get(0)).isEqualTo("indirect | نفت | وزارة الدفاع التركية | org:turkish-ministry-of-national-defence | "
                        + "تكون قواتها قد استهدفت مدنيين");
    }

    @Test
    void aQuotationOverTwoParagraphsStaysOne() {
        assertThat(quotes("وقال رئيس الوزراء نجيب ميقاتي: «إن الحكومة ستعمل بلا توقف.\n\n«ولن نسمح بانهيار الدولة، وسنعيد الثقة».")).containsExactly(
                "direct | قال | نجيب ميقاتي | per:najib-mikati | إن الحكومة ستعمل بلا توقف.\n\n«ولن نسمح بانهيار الدولة، وسنعيد الثقة");
    }

    @Test
    void quotedWordsWithoutACueAreNoQuotation() {
        assertThat(quotes("وحمل المتظاهرون لافتات كتب عليها \"لا للفساد\" أمام مبنى البرلمان، وهتفوا «ارحلوا». يذكر أن الاحتجاجات بدأت في تشرين الأول."))
                .isEmpty();
    }
}
