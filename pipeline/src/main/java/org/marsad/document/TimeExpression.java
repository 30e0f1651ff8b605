package org.marsad.document;

import java.util.Locale;

/**
 * A time expression: a date, month, year, week, time of day or interval written in the text,
 * with its ISO 8601 {@code value} (an interval as {@code start/end}), or a null value where a
 * relative expression ("أمس") has no publication date to be resolved against. {@code calendar}
 * is the calendar the text wrote it in; the value is always Gregorian.
 */
public record TimeExpression(Span span, Type type, String value, Calendar calendar) {

    /** What the value names. */
    public enum Type {
        DATE, MONTH, YEAR, WEEK, TIME, INTERVAL;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The calendar of the text's expression. */
    public enum Calendar {
        GREGORIAN, HIJRI;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
