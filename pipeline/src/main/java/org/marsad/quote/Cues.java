package org.marsad.quote;

import java.util.List;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicText;

/**
 * The words that report speech, as patterns over folded text ({@link ArabicText#foldInPlace}):
 * reporting verbs in any person and tense, with attached و/ف/ل (قال، وأكدت، فيما يؤكد، ليشير) and
 * their participles (مضيفاً),
 * the nouns of statements after بحسب/وفق/جاء في (بيان، تصريح، كلمة), the complementisers that
 * open indirect speech (إن، أن، بأن، فإن with their pronouns), and the cues that follow a
 * quotation (، قال …، بحسب …).
 */
final class Cues {
    private static final String PAST = "(?:ت|وا|ا|تا)?";
    private static final String PRESENT = "(?:ون|ان)?";
    /** Each verb: its past stem's forms and its present stem after ي/ت/ن. */
    private static final List<String> VERBS = List.of(
            "قال" + PAST, "[يتن]قول" + PRESENT,
            "اكد" + PAST, "[يتن]وكد" + PRESENT,
            "اعلن" + PAST, "[يتن]علن" + PRESENT,
            "صرح" + PAST, "[يتن]صرح" + PRESENT,
            "اوضح" + PAST, "[يتن]وضح" + PRESENT,
            "اشار" + PAST, "[يتن]شير" + PRESENT,
            "ذكر" + PAST, // not يذكر: "يذكر أن" is the writer's aside, "it is worth recalling that"
            "نف(?:ي|ت|وا|يا)", "[يتن]نف(?:ي|ون|يان)",
            "اتهم" + PAST, "[يتن]تهم" + PRESENT,
            "حذر" + PAST, "[يتن]حذر" + PRESENT,
            "طالب" + PAST, "[يتن]طالب" + PRESENT,
            "دع(?:ا|ت|وا|تا)", "[يتن]دع(?:و|ون)",
            "كشف" + PAST, "[يتن]كشف" + PRESENT,
            "را(?:ي|ت|وا)", "[يتن]ر(?:ي|ون)",
            "اعتبر" + PAST, "[يتن]عتبر" + PRESENT,
            "شدد" + PAST, "[يتن]شدد" + PRESENT,
            "لفت" + PAST, "[يتن]لفت" + PRESENT,
            "تابع" + PAST,
            "اضاف" + PAST, "[يتن]ضيف" + PRESENT,
            "افاد" + PAST, "[يتن]فيد" + PRESENT,
            "اردف" + PAST, "زعم" + PAST, "[يتن]زعم" + PRESENT,
            "توقع" + PAST, "[يتن]توقع" + PRESENT,
            "اعترف" + PAST, "رجح" + PAST, "[يتن]رجح" + PRESENT,
            // Participles continue the sentence's speaker: "، مضيفاً أن", "، مؤكدة أن".
            // Not لافتة/لافتات (a placard) nor مطالبه (his demands): those forms only where they are no nouns.
            "(?:مضيف|موكد|مشير|موضح|معتبر|مشدد|منوه)(?:ا|ه|ين)", "(?:محذر|متهم|مطالب|كاشف|قائل)(?:ا|ين)");
    private static final String NOUNS = "(?:ال)?(?:بيان|تصريح|تصريحات|كلمه|حديث|مقابله|تغريده)";
    private static final String ACCORDING = "(?:بحسب|حسب|وفق|وفقا[\\s\\u00A0]*ل|نقلا[\\s\\u00A0]+عن|جاء[\\s\\u00A0]+في)";

    /** A reporting verb (group {@code cue}). */
    static final Pattern VERB = Pattern.compile("(?<![\\p{L}\\p{N}])[وف]?ل?(?<cue>" + voweled(String.join("|", VERBS))
            + ")\\p{Mn}*(?![\\p{L}\\p{N}])");
    /** A statement introduced by بحسب/وفق/جاء في (group {@code cue}, "بحسب بيان"). */
    static final Pattern STATEMENT = Pattern.compile("(?<![\\p{L}\\p{N}])[وف]?(?<cue>" + ACCORDING + "[\\s\\u00A0]+" + NOUNS
            + ")(?![\\p{L}\\p{N}])");
    /** What opens indirect speech at the start of a window's rest (group {@code comp}). */
    static final Pattern COMPLEMENTISER = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:علي|الي|من|عن)[\\s\\u00A0]+)?(?<comp>[بف]?ان"
            + "(?:ه|ها|هم|هما|ني|نا)?)(?![\\p{L}\\p{N}])");
    /** A cue right after a closing mark: "»، قال الوزير", "» بحسب بيان للحشد" (group {@code cue}). */
    static final Pattern AFTER = Pattern.compile("^[\\s\\u00A0]*[،,]?[\\s\\u00A0]*[وف]?(?<cue>" + String.join("|", VERBS) + "|"
            + ACCORDING + "(?:[\\s\\u00A0]+" + NOUNS + ")?|علي[\\s\\u00A0]+حد[\\s\\u00A0]+(?:قول|تعبير))(?![\\p{L}\\p{N}])");

    private Cues() {
    }

    /**
     * A pattern of letters that also matches them written with diacritics (صرّح، قالَ): a run of
     * marks is allowed after every Arabic letter outside a character class.
     */
    static String voweled(String regex) {
        StringBuilder out = new StringBuilder(regex.length() * 3);
        boolean inClass = false;
        for (char c : regex.toCharArray()) {
            out.append(c);
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
                out.append("\\p{Mn}*");
            } else if (!inClass && c >= '\u0621' && c <= '\u064A') {
                out.append("\\p{Mn}*");
            }
        }
        return out.toString();
    }
}
