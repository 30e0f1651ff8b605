package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BylineTest {

    @Test
    void anAggregatorBylineGivesPublisherAndDate() {
        assertThat(Byline.parse("نشر في 26 سبتمبر يوم 25 - 07 - 2021"))
                .contains(new Byline("26 سبتمبر", LocalDate.of(2021, 7, 25)));
        assertThat(Byline.parse("نشر في الخليج الجديد يوم 03 - 11 - 2019"))
                .contains(new Byline("الخليج الجديد", LocalDate.of(2019, 11, 3)));
    }

    @Test
    void datelinesInOtherShapesAreDates() {
        assertThat(Byline.parse("الأحد 25 يوليو 2021")).contains(new Byline(null, LocalDate.of(2021, 7, 25)));
        assertThat(Byline.parse("بتاريخ ٢٥ تموز ٢٠٢١")).contains(new Byline(null, LocalDate.of(2021, 7, 25)));
        assertThat(Byline.parse("تاريخ النشر: 2021/07/25")).contains(new Byline(null, LocalDate.of(2021, 7, 25)));
    }

    @Test
    void bodyTextWithADateIsNotAByline() {
        assertThat(Byline.parse("ففي 11 أكتوبر الماضي 2020م كانت قد أعلنت تنسيقية المقاومة العراقية بعد وساطات أممية ومباحثات مع كبار قادة الحشد والحكومة هدنة مشروطة لوقف الهجمات")).isEmpty();
        assertThat(Byline.parse("مغادرة البلاد")).isEmpty();
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(Dates.find("31 - 02 - 2021")).isEmpty();
        assertThat(Dates.find("2021-07-25T09:30:00+03:00")).contains(LocalDate.of(2021, 7, 25));
    }
}
