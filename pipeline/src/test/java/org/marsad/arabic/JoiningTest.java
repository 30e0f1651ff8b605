package org.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JoiningTest {

    @Test
    void lamJoinsTheNextLetterButWawDoesNot() {
        assertThat(Joining.joinsAcross("للحشد", 1)).isTrue();
        assertThat(Joining.joinsAcross("لإيران", 1)).isTrue();
        assertThat(Joining.joinsAcross("بالبيت", 1)).isTrue();
        assertThat(Joining.joinsAcross("وبايدن", 1)).isFalse();
        assertThat(Joining.joinsAcross("والعراق", 1)).isFalse();
    }

    @Test
    void diacriticsAreTransparentAndSpacesAndHamzaBreakJoins() {
        assertThat(Joining.joinsAcross("لِلحشد", 2)).isTrue();
        assertThat(Joining.joinsAcross("في بغداد", 2)).isFalse();
        assertThat(Joining.joinsAcross("في بغداد", 3)).isFalse();
        assertThat(Joining.joinsAcross("جزءا", 3)).isFalse();
        assertThat(Joining.joinsAcross("ل", 0)).isFalse();
        assertThat(Joining.joinsAcross("ل", 1)).isFalse();
    }
}
