package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonthsTest {

    @Test
    void monthsOfTheThreeCalendarsWithTheirProcliticsAndYears() {
        assertThat(Months.isMonth(List.of("آب"))).isTrue();
        assertThat(Months.isMonth(List.of("وتموز"))).isTrue();
        assertThat(Months.isMonth(List.of("أيلول", "/", "سبتمبر", "2024"))).isTrue();
        assertThat(Months.isMonth(List.of("أغسطس", "2024"))).isTrue();
        assertThat(Months.isMonth(List.of("جانفي"))).isTrue();
        assertThat(Months.isMonth(List.of("أوت"))).isTrue();
        assertThat(Months.isMonth(List.of("تشرين", "الأول"))).isTrue();
        assertThat(Months.isMonth(List.of("كانون", "الثاني"))).isTrue();
    }

    @Test
    void namesAndOrdinalsAloneAreNotMonths() {
        assertThat(Months.isMonth(List.of("الأول"))).isFalse();
        assertThat(Months.isMonth(List.of("بيرزيت"))).isFalse();
        assertThat(Months.isMonth(List.of("آب", "بيرزيت"))).isFalse();
        assertThat(Months.isMonth(List.of("2024"))).isFalse();
    }
}
