package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A malformed JSONL line's reason names the column and what was expected, in plain words, never the parser's internals. */
class JsonSyntaxTest {

    private static List<String> reasons(String... lines) {
        List<InputError> errors = new ArrayList<>();
        var stdin = new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        try (var pages = new InputReader(errors::add, stdin).read(List.of("-"))) {
            assertThat(pages).as("no line is a document").isEmpty();
        }
        return errors.stream().map(InputError::reason).toList();
    }

    @Test
    void eachMistakeIsSaidWithItsColumnAndWhatWasExpected() {
        assertThat(reasons(
                "{\"id\": x}",
                "{\"text\":\"a\" \"b\"}",
                "[1,2",
                "{\"text\":\"قال\",}",
                "{\"text\":\"abc",
                "{\"text\" \"a\"}",
                "{\"a\":1]",
                "{\"text\":\"a\tb\"}",
                "{\"text\":\"a\\qb\"}")).containsExactly(
                "malformed JSON at column 9: found 'x' where a value (a string, number, object, array, true, false or null) was expected",
                "malformed JSON at column 13: found '\"' where ',' or '}' was expected",
                "malformed JSON at column 5: the line ends before the array's closing ']'",
                "malformed JSON at column 15: found '}' where a field name in double quotes was expected",
                "malformed JSON at column 13: the line ends inside a string (no closing '\"')",
                "malformed JSON at column 9: found '\"' where ':' after the field name was expected",
                "malformed JSON at column 7: found ']' where '}' was expected",
                "malformed JSON at column 11: a control character (code 9) inside a string, where JSON needs an escape such as \\t or \\n",
                "malformed JSON at column 12: '\\q' inside a string is not a JSON escape");
    }

    @Test
    void whatFollowsTheValueOnItsLineIsAnErrorNotDroppedUnread() {
        assertThat(reasons("{\"text\":\"قال بايدن\"} {\"text\":\"وصل\"}", "{\"text\":\"قال بايدن\"}}")).containsExactly(
                "malformed JSON at column 22: more text after the JSON value (one JSON value a line)",
                "malformed JSON at column 21: found '}', which closes nothing");
    }

    @Test
    void noReasonQuotesTheParser() {
        assertThat(reasons("{", "{\"a\":NaN}", "{\"a\":01}", "}", "{\"a\":-}"))
                .allSatisfy(reason -> assertThat(reason).doesNotContain("Source", "REDACTED", "`", "code 1", "JSON String"))
                .containsExactly(
                        "malformed JSON at column 2: the line ends before the object's closing '}'",
                        "malformed JSON at column 9: found 'NaN', which is not JSON",
                        "malformed JSON at column 7: an invalid number: leading zeroes not allowed",
                        "malformed JSON at column 1: found '}', which closes nothing",
                        "malformed JSON at column 7: found '}' inside a number");
    }
}
