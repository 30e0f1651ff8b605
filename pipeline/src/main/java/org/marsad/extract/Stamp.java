package org.marsad.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A machine-readable publication time from a page's markup (JSON-LD, meta tags, {@code <time
 * datetime>}), as its calendar date where it was written: "2020-12-25T01:59:50+02:00" is the
 * 25th, whatever UTC says. {@code utc} marks a time given in UTC, whose date may be a day off
 * the page's own.
 */
record Stamp(LocalDate date, boolean utc) {

    static Optional<Stamp> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip().replace(' ', 'T');
        try {
            OffsetDateTime time = OffsetDateTime.parse(s.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"));
            return Optional.of(new Stamp(time.toLocalDate(), time.getOffset().equals(ZoneOffset.UTC)));
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(new Stamp(LocalDateTime.parse(s).toLocalDate(), false));
            } catch (DateTimeParseException notLocal) {
                return Dates.find(value).map(d -> new Stamp(d, false));
            }
        }
    }
}
