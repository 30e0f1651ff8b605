package org.marsad.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier languages = new LanguageIdentifier();

    @Test
    void arabicNewsIsArabic() {
        assertThat(languages.identify("أعلن البيت الأبيض السبت أن الرئيس جو بايدن سيستضيف رئيس الوزراء العراقي مصطفى الكاظمي "
                + "في السادس والعشرين من يوليو لبحث مستقبل القوات الأمريكية في العراق.")).isEqualTo("ar");
    }

    @Test
    void otherLanguagesAreNamedByTheirIsoCode() {
        assertThat(languages.identify("The White House said on Saturday that President Joe Biden will host Iraqi Prime "
                + "Minister Mustafa al-Kadhimi on July 26 to discuss the future of US forces in Iraq and the fight "
                + "against the remnants of the Islamic State group in the north and west of the country.")).isEqualTo("en");
    }

    @Test
    void persianInArabicScriptIsNotArabic() {
        // Persian: "Iran's foreign minister said talks with America will continue", with Persian ی (U+06CC) and ک (U+06A9).
        String persian = "وز\u06CCر امور خارجه ا\u06CCران گفت \u06A9ه مذا\u06A9رات با آمر\u06CC\u06A9ا ادامه خواهد "
                + "\u06CCافت و دولت برا\u06CC رس\u06CCدن به توافق تلاش م\u06CC\u200C\u06A9ند. او افزود \u06A9ه ا\u06CCن "
                + "گفتگوها در ژنو برگزار خواهد شد و نما\u06CCندگان اروپا\u06CCی ن\u06CCز حضور دارند و هر دو طرف بر "
                + "ادامه روند د\u06CCپلماس\u06CC تا\u06A9\u06CCد \u06A9ردند.";
        assertThat(languages.identify(persian)).isNotEqualTo("ar");
    }
}
