package org.marsad.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error in plain words: the column, and what was found where something else was
 * expected ({@code column 9: found 'x' where a value was expected …}), without the parser's
 * internals (its source descriptions, feature names and character codes).
 */
public final class JsonSyntax {
    private static final String VALUE = "a value (a string, number, object, array, true, false or null)";
    /** What Jackson says it was expecting, as a user would say it. */
    private static final Map<String, String> EXPECTED = Map.of(
            "comma to separate Object entries", "',' or '}'",
            "comma to separate Array entries", "',' or ']'",
            "double-quote to start field name", "a field name in double quotes",
            "a colon to separate field name and value", "':' after the field name",
            "a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')", VALUE,
            "a hex-digit for character escape sequence", "a hex digit of a \\u escape");

    private record Rule(Pattern pattern, Function<Matcher, String> words) {
        Rule(String regex, Function<Matcher, String> words) {
            this(Pattern.compile(regex), words);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("Unrecognized token '(.*)': was expecting .*", m -> "found '" + m.group(1) + "' where " + VALUE + " was expected"),
            new Rule("Unexpected character \\('(.)' \\(code \\d+\\)\\) in numeric value: .*",
                    m -> "found '" + m.group(1) + "' inside a number"),
            new Rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): (?:was expecting|expected) (.*)",
                    m -> "found '" + m.group(1) + "' where " + EXPECTED.getOrDefault(m.group(2), m.group(2)) + " was expected"),
            new Rule("Unexpected end-of-input: expected close marker for Object.*", m -> "the line ends before the object's closing '}'"),
            new Rule("Unexpected end-of-input: expected close marker for Array.*", m -> "the line ends before the array's closing ']'"),
            new Rule("Unexpected end-of-input: was expecting closing quote.*", m -> "the line ends inside a string (no closing '\"')"),
            new Rule("Unexpected end-of-input.*", m -> "the line ends before the JSON value is complete"),
            new Rule("Unexpected close marker '(.)': expected '.' \\(for root.*", m -> "found '" + m.group(1) + "', which closes nothing"),
            new Rule("Unexpected close marker '(.)': expected '(.)'.*", m -> "found '" + m.group(1) + "' where '" + m.group(2) + "' was expected"),
            new Rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> "a control character (code " + m.group(1) + ") inside a string, where JSON needs an escape such as \\t or \\n"),
            new Rule("Unrecognized character escape '(.)'.*", m -> "'\\" + m.group(1) + "' inside a string is not a JSON escape"),
            new Rule("Trailing token .*", m -> "more text after the JSON value (one JSON value a line)"),
            new Rule("Invalid numeric value: (.*)", m -> "an invalid number: " + lowerFirst(m.group(1))),
            new Rule("Non-standard token '(.*)'.*", m -> "found '" + m.group(1) + "', which is not JSON"));

    private JsonSyntax() {
    }

    /** {@code column N: what was found where what was expected}, for an error of a parser that read one line. */
    public static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        String words = withoutInternals(message);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(message);
            if (m.matches()) {
                words = rule.words().apply(m);
                break;
            }
        }
        return e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? words
                : "column " + e.getLocation().getColumnNr() + ": " + words;
    }

    /** A message no rule knows, cut before the parser's description of its source. */
    private static String withoutInternals(String message) {
        int internals = message.indexOf(" (");
        return lowerFirst(internals < 0 ? message : message.substring(0, internals));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
