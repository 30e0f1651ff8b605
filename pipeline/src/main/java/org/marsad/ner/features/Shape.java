package org.marsad.ner.features;

/** A token's script and digit class: Arabic, Latin, number, punctuation or a mix. */
final class Shape {
    private Shape() {
    }

    static String of(String token) {
        boolean arabic = false;
        boolean latin = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c >= '\u0600' && c <= '\u06FF') {
                arabic = true;
            } else if (Character.isLetter(c)) {
                latin = true;
            } else {
                other = true;
            }
        }
        if (arabic) {
            return digit || latin ? "ar+" : other ? "ar-p" : "ar";
        }
        if (digit) {
            return latin ? "alnum" : "num";
        }
        return latin ? "lat" : "punct";
    }
}
