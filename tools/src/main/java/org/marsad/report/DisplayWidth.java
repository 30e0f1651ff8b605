package org.marsad.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The columns a string takes in a terminal, for aligning tables of Arabic text: combining marks
 * (short vowels, shadda, the superscript alef) and format characters (bidi marks, joiners) take
 * none, East Asian wide characters two, anything else one.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    static int of(String s) {
        return s.codePoints().map(DisplayWidth::columns).sum();
    }

    /** {@code s} and the spaces that fill it to {@code width} columns ({@code right}: the spaces first). */
    static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - of(s)));
        return right ? fill + s : s + fill;
    }

    private static int columns(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        int eastAsian = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return eastAsian == UCharacter.EastAsianWidth.WIDE || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }
}
