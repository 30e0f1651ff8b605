package org.marsad.pos;

import org.marsad.arabic.ArabicText;

/**
 * The orthography CoreNLP's Arabic segmenter hands its tagger: alef without hamza or madda,
 * no diacritics or tatweel, Western digits and Latin punctuation. Showing the tagger anything
 * else turns known words into unknown ones.
 */
public final class TaggerOrthography {
    private TaggerOrthography() {
    }

    public static String of(String form) {
        StringBuilder out = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            char c = ArabicText.baseLetter(form.charAt(i));
            if (ArabicText.isDiacritic(c) || c == '\u0640') {
                continue;
            }
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case '،' -> ',';
                case '؛' -> ';';
                case '؟' -> '?';
                case '«', '»', '“', '”' -> '"';
                default -> c >= '٠' && c <= '٩' ? (char) ('0' + (c - '٠')) : c;
            });
        }
        return out.isEmpty() ? form : out.toString();
    }
}
