package org.marsad.time;

import static org.marsad.time.TimeWords.key;

import java.util.regex.Matcher;
import org.marsad.document.TimeExpression;
import org.marsad.document.TimeExpression.Calendar;
import org.marsad.document.TimeExpression.Type;
import org.marsad.time.Anchor.Part;

/** Expressions that name a day or a period by where it lies from the publication date. */
final class Relative {

    private Relative() {
    }

    /**
     * A weekday. With الماضي it is the last one before the article, with المقبل/القادم the next
     * one after it; alone, news means the latest one, the day of publication included.
     */
    static TimeExpression weekday(Matcher m, Anchor anchor) {
        // "غدا الأربعاء" is the next one; "اليوم الثلاثاء" and "أمس الأحد" the latest, as a weekday alone.
        int direction = m.group("rel") != null && m.group("rel").equals(key("غدا")) ? 1 : direction(m.group("dir"));
        return TimeRules.found(m, Type.DATE, anchor.weekday(TimeWords.WEEKDAYS.get(m.group("wd")), direction), Calendar.GREGORIAN);
    }

    static TimeExpression day(Matcher m, Anchor anchor) {
        String rel = m.group("rel").replaceAll("[\\s\\u00A0]+", " ");
        int offset = rel.startsWith(key("أمس ")) ? -2
                : rel.equals(key("أمس")) || rel.equals(key("الأمس")) ? -1
                : rel.equals(key("غدا")) || rel.equals(key("غد")) ? 1
                : rel.startsWith(key("بعد")) ? 2 : 0;
        return TimeRules.found(m, Type.DATE, anchor.day(offset), Calendar.GREGORIAN);
    }

    /** الأسبوع/الشهر/العام with a direction, after هذا, or a part of one (مطلع العام). */
    static TimeExpression period(Matcher m, Anchor anchor) {
        String unit = m.group("unit");
        boolean year = unit.equals(key("العام")) || unit.equals(key("السنة"));
        if (m.group("dir") == null && !m.group("x").startsWith(key("هذ")) && m.group("part") == null) {
            return null;
        }
        int offset = direction(m.group("dir"));
        Part part = TimeRules.part(m.group("part"));
        Type type = part != Part.WHOLE ? Type.INTERVAL : year ? Type.YEAR : unit.equals(key("الشهر")) ? Type.MONTH : Type.WEEK;
        String value = year ? anchor.year(offset, part)
                : unit.equals(key("الشهر")) ? anchor.month(offset, part)
                : part == Part.WHOLE ? anchor.week(offset) : null;
        if (type == Type.INTERVAL && value == null && anchor.date() != null) {
            return null; // part of a week: not a period news names
        }
        return TimeRules.found(m, type, value, Calendar.GREGORIAN);
    }

    static int direction(String word) {
        if (word == null) {
            return 0;
        }
        String w = word.endsWith("ه") ? word.substring(0, word.length() - 1) : word;
        if (w.equals(key("المقبل")) || w.equals(key("القادم"))) {
            return 1;
        }
        return w.equals(key("الماضي")) || w.equals(key("المنصرم")) || w.equals(key("الفائت")) ? -1 : 0;
    }
}
