package org.marsad.quote;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Mention;
import org.marsad.document.Span;

/**
 * Who said it, from the words between the cue and the quotation (the window): the person named
 * there ("قال رئيس الوزراء مصطفى الكاظمي إن"), else the organisation it opens with ("أعلنت وزارة
 * الدفاع أن"), else a role without a name ("قال المتحدث باسم وزارة الخارجية إن"), else — for a
 * window with no subject of its own ("وأضاف أن", "وقال البيان إن") — the previous speaker.
 */
final class Speakers {
    /** A speaker: its span in the text, and the index and actor id of its mention (null for a role alone). */
    record Speaker(Span span, Integer mention, String id) {
    }

    /** Words that open a role naming a speaker without a name (folded spelling). */
    private static final Set<String> ROLE_HEADS = Set.of("المتحدث", "الناطق", "متحدث", "ناطق", "مصدر", "مصادر", "المصدر",
            "مسوول", "مسوولون", "مسوولين", "المسوول", "وزير", "وزيره", "الوزير", "رئيس", "الرئيس", "قائد", "نائب", "عضو", "سفير",
            "السفير", "مستشار", "الامين", "مدير", "محافظ", "زعيم", "المبعوث", "مبعوث", "قيادي", "شهود", "خبراء", "دبلوماسي",
            "دبلوماسيون", "ضابط", "النائب", "الحكومه", "الجيش", "الشرطه", "السلطات");
    /** A subject that names the speaker of the quotation before: "وقال البيان إن", "وأضاف الوزير أن". */
    private static final Set<String> ANAPHORIC = Set.of("البيان", "الوزير", "الرئيس", "المتحدث", "المسوول", "المصدر");
    /** Whom a speaker spoke to, after ل (قال مسؤول لرويترز): the media, not part of the speaker's role. */
    private static final String ADDRESSEE = "ل(?:ل)?(?:رويترز|فرانس|الجزيره|جزيره|وكاله|الوكاله|صحفيين|الصحفيين|وسائل|قناه|"
            + "صحيفه|موقع|تلفزيون|التلفزيون|عربيه|العربيه|شبكه|مراسل|اناضول|الاناضول|سبوتنيك|بي|سي|مرصد|المرصد|\\\"|«)";
    private static final Pattern ADDRESSED = Pattern.compile("[وف]?" + ADDRESSEE);
    /** Where a role ends: the circumstances of the saying (في بيان، خلال لقاء، أمس) or punctuation. */
    private static final Pattern ROLE_END = Pattern.compile("[\\s\\u00A0]*(?:[،,(:]|(?<![\\p{L}])(?:في|خلال|امام|عبر|لدي|يوم|"
            + "اليوم|امس|مساء|صباح|اثر|عقب|بعد)(?![\\p{L}])|(?<![\\p{L}])" + ADDRESSEE + ")");

    private Speakers() {
    }

    /**
     * The speaker named in {@code window}, or {@code previous} when the window names none.
     * {@code afterPreposition} says whether a mention after ل is the speaker (بحسب بيان للحشد)
     * rather than whom the speaker spoke to (قال لرويترز).
     */
    static Speaker find(Document doc, String folded, Span window, Speaker previous, boolean afterPreposition) {
        List<Mention> mentions = doc.mentions();
        Integer firstOrg = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!window.contains(m.span())) {
                continue;
            }
            if (m.type() == EntityType.LOCATION && !startsAt(folded, window, m.span())) {
                continue; // a place speaks only as its government, opening the window: "وتؤكد أنقرة أن"
            }
            if (!afterPreposition && addressee(folded, m.span().start())) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                return of(doc, i);
            }
            if (firstOrg == null) {
                firstOrg = i;
            }
        }
        String first = firstWord(folded, window);
        boolean alone = folded.substring(window.start(), window.end()).strip().equals(first);
        if (first.isEmpty() || first.equals("في") || alone && ANAPHORIC.contains(first) && previous != null) {
            return previous;
        }
        if (firstOrg != null && (afterPreposition || startsAt(folded, window, mentions.get(firstOrg).span()))) {
            return of(doc, firstOrg);
        }
        if (ROLE_HEADS.contains(first)) {
            return new Speaker(role(folded, window), null, null);
        }
        return firstOrg != null ? of(doc, firstOrg) : previous;
    }

    /** Whether the word a mention starts in is ل with a medium: "لرويترز", "لوكالة الأنباء". */
    private static boolean addressee(String folded, int start) {
        int word = start;
        while (word > 0 && Character.isLetter(folded.charAt(word - 1))) {
            word--;
        }
        return word < start && ADDRESSED.matcher(folded).region(word, folded.length()).lookingAt();
    }

    private static Speaker of(Document doc, int index) {
        Mention m = doc.mentions().get(index);
        return new Speaker(m.span(), index, m.entity() == null ? null : m.entity().id());
    }

    /** Whether the mention opens the window, but for attached و/ف and the article's ل. */
    private static boolean startsAt(String folded, Span window, Span mention) {
        int start = skipSpace(folded, window.start());
        return mention.start() - start <= 2;
    }

    private static String firstWord(String folded, Span window) {
        int start = skipSpace(folded, window.start());
        int end = start;
        while (end < window.end() && Character.isLetter(folded.charAt(end))) {
            end++;
        }
        return folded.substring(start, end);
    }

    /** The role: from the window's first word up to the circumstances or punctuation after it. */
    private static Span role(String folded, Span window) {
        int start = skipSpace(folded, window.start());
        Matcher end = ROLE_END.matcher(folded).region(start + 1, window.end());
        int stop = end.find() ? end.start() : window.end();
        while (stop > start && Character.isWhitespace(folded.charAt(stop - 1))) {
            stop--;
        }
        return new Span(start, stop);
    }

    private static int skipSpace(String folded, int at) {
        while (at < folded.length() && (Character.isWhitespace(folded.charAt(at)) || folded.charAt(at) == '،')) {
            at++;
        }
        return at;
    }
}
