package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.TimeExpression;

class TimeFinderTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2021, 7, 28);

    /** Each expression's text → "type value calendar". */
    private static Map<String, String> times(String text, LocalDate published) {
        Document doc = new TimeFinder().annotate(Document.builder(text).published(published).build());
        Map<String, String> out = new LinkedHashMap<>();
        for (TimeExpression t : doc.times()) {
            out.put(doc.text(t.span()), t.type().label() + " " + t.value() + " " + t.calendar().label());
        }
        return out;
    }

    @Test
    void monthsOfAllThreeNamingSystems() {
        assertThat(times("وصل الوفد في 25 يوليو 2021، وعاد في 3 كانون الثاني 2022، ثم في 14 جانفي 2022 و2 تشرين الأول.", WEDNESDAY))
                .containsExactly(Map.entry("25 يوليو 2021", "date 2021-07-25 gregorian"),
                        Map.entry("3 كانون الثاني 2022", "date 2022-01-03 gregorian"),
                        Map.entry("14 جانفي 2022", "date 2022-01-14 gregorian"),
                        Map.entry("2 تشرين الأول", "date 2021-10-02 gregorian"));
    }

    @Test
    void doubleMonthNamesWeekdaysAndMonthsOfAYear() {
        assertThat(times("جرت الانتخابات يوم الأحد 10 تشرين الأول/أكتوبر 2021، بعد تأجيلها من حزيران (يونيو) 2021.", WEDNESDAY))
                .containsExactly(Map.entry("يوم الأحد 10 تشرين الأول/أكتوبر 2021", "date 2021-10-10 gregorian"),
                        Map.entry("حزيران (يونيو) 2021", "month 2021-06 gregorian"));
    }

    @Test
    void hijriDatesConvertedByTheUmmAlQuraCalendar() {
        assertThat(times("صدر المرسوم في 15 رمضان 1442 هـ، وتبدأ الإجازة في شهر ذي الحجة.", WEDNESDAY))
                .containsExactly(Map.entry("15 رمضان 1442 هـ", "date 2021-04-27 hijri"),
                        Map.entry("شهر ذي الحجة", "interval 2021-07-11/2021-08-08 hijri"));
    }

    @Test
    void numericDatesInWesternAndEasternArabicDigits() {
        assertThat(times("أعلنت الهيئة في ٢٥/٠٧/٢٠٢١ نتائج اقتراع 2021-06-12.", WEDNESDAY))
                .containsExactly(Map.entry("٢٥/٠٧/٢٠٢١", "date 2021-07-25 gregorian"),
                        Map.entry("2021-06-12", "date 2021-06-12 gregorian"));
    }

    @Test
    void relativeDaysAndPeriodsFromThePublicationDate() {
        assertThat(times("قال الوزير أمس إن الحكومة ستجتمع غداً، بعد لقاء الثلاثاء الماضي، وإن الانتخابات مطلع الشهر المقبل "
                + "وموازنة العام المقبل، كما جرى الأسبوع الماضي.", WEDNESDAY))
                .containsExactly(Map.entry("أمس", "date 2021-07-27 gregorian"),
                        Map.entry("غداً", "date 2021-07-29 gregorian"),
                        Map.entry("الثلاثاء الماضي", "date 2021-07-27 gregorian"),
                        Map.entry("مطلع الشهر المقبل", "interval 2021-08-01/2021-08-10 gregorian"),
                        Map.entry("العام المقبل", "year 2022 gregorian"),
                        Map.entry("الأسبوع الماضي", "week 2021-W29 gregorian"));
    }

    @Test
    void relativeDatesCrossMonthAndYearBoundaries() {
        assertThat(times("وكان الرئيس قد التقى السفير أمس، والخميس الماضي، وسيزور القاهرة الشهر المقبل.", LocalDate.of(2022, 12, 1)))
                .containsExactly(Map.entry("أمس", "date 2022-11-30 gregorian"),
                        Map.entry("الخميس الماضي", "date 2022-11-24 gregorian"),
                        Map.entry("الشهر المقبل", "month 2023-01 gregorian"));
    }

    @Test
    void aWeekdayAfterTodayOrYesterdayAndAMonthWithItsDirection() {
        assertThat(times("التقى الوفدان أمس الثلاثاء، ويعودان غدا الخميس، بعد جولة ماي الماضي وقبل سبتمبر المقبل.", WEDNESDAY))
                .containsExactly(Map.entry("أمس الثلاثاء", "date 2021-07-27 gregorian"),
                        Map.entry("غدا الخميس", "date 2021-07-29 gregorian"),
                        Map.entry("ماي الماضي", "month 2021-05 gregorian"),
                        Map.entry("سبتمبر المقبل", "month 2021-09 gregorian"));
    }

    @Test
    void timesOfDayAndRanges() {
        assertThat(times("تفتح المراكز الساعة 7 صباحا وتغلق الساعة السادسة مساء، وفي 10:30 ومن 10 إلى 12 أيار 2022 وبين عامي 2014 و2017.", WEDNESDAY))
                .containsExactly(Map.entry("الساعة 7 صباحا", "time T07:00 gregorian"),
                        Map.entry("الساعة السادسة مساء", "time T18:00 gregorian"),
                        Map.entry("10:30", "time T10:30 gregorian"),
                        Map.entry("10 إلى 12 أيار 2022", "interval 2022-05-10/2022-05-12 gregorian"),
                        Map.entry("عامي 2014 و2017", "interval 2014/2017 gregorian"));
    }

    @Test
    void aMonthNameNextToAPlaceIsATimeNotAPlace() {
        Document doc = Samples.pipeline().annotate(Document.builder("وصل الوفد إلى بغداد في تموز، وعاد إلى إب في آب 2021 بعد زيارة نيسان.")
                .published(WEDNESDAY).build());
        assertThat(doc.times()).extracting(t -> doc.text(t.span()) + " " + t.value())
                .containsExactly("تموز 2021-07", "آب 2021 2021-08", "نيسان 2021-04");
        assertThat(doc.mentions()).filteredOn(m -> m.type() == EntityType.LOCATION).extracting(m -> doc.text(m.span()))
                .containsExactly("بغداد", "إب");
    }

    @Test
    void wordsThatOnlyLookLikeDates() {
        assertThat(times("قال الأمين العام الحالي إن رجب طيب أردوغان مارس ضغوطا، وفي اليوم التالي عاد الأب إلى بيته.", WEDNESDAY))
                .isEmpty();
    }

    @Test
    void withoutAPublicationDateRelativeExpressionsHaveNoValue() {
        assertThat(times("وصل الوزير أمس في 3 آب.", null))
                .containsExactly(Map.entry("أمس", "date null gregorian"), Map.entry("3 آب", "date null gregorian"));
    }
}
