package org.marsad.extract;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicText;

/**
 * The article's title without the site's name. The page's own headline ({@code h1}) is the title
 * when the page's declared title (Open Graph, {@code <title>}) holds it: "وزير الرى يشهد … - اليوم
 * السابع" holds the h1 "وزير الرى يشهد …". Otherwise the declared title loses the parts that name
 * the site ("… - عبر الإمارات - أخبار وتقارير - البيان"): the longest part is the title.
 */
final class Titles {
    private static final Pattern PARTS = Pattern.compile("\\s+[-|–—:»«]{1,2}\\s+|\\s*\\|\\s*");

    private Titles() {
    }

    /** The title line among {@code lines}: the first h1 the declared titles hold; -1 if none. */
    static int titleLine(List<HtmlLines.Line> lines, String... declared) {
        for (HtmlLines.Line line : lines) {
            if (!line.h1() || PageLine.words(line.text()) < 2) {
                continue;
            }
            String key = words(line.text());
            if (Arrays.stream(declared).anyMatch(d -> d != null && words(d).contains(key))) {
                return line.index();
            }
        }
        return -1;
    }

    /** The declared title without the parts that name the site. */
    static String withoutSiteName(String declared, String publisher) {
        if (declared == null) {
            return null;
        }
        String site = publisher == null ? "" : words(publisher);
        List<String> parts = Arrays.stream(PARTS.split(declared.strip())).map(String::strip).filter(p -> !p.isEmpty())
                .filter(p -> site.isEmpty() || !site.contains(words(p)) && !words(p).contains(site)).toList();
        return parts.stream().max(Comparator.comparingInt(String::length)).orElse(declared.strip());
    }

    /** Letters and digits only, folded: what two spellings of one title share. */
    static String words(String s) {
        return ArabicText.key(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
