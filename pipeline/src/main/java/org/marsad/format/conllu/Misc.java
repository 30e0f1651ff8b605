package org.marsad.format.conllu;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The MISC column: {@code Name=Value} attributes joined by {@code |}. Spacing values use the
 * escapes of the UD guidelines for SpacesAfter ({@code \s \t \r \n \p \\}), and a backslash, u
 * and four hex digits (as Java and Python write them) for any other space or invisible character (a no-break space, a right-to-left mark), which
 * the validator refuses raw and a reader could not see: the text between tokens survives
 * whatever it is.
 */
final class Misc {
    private final Map<String, String> attributes = new LinkedHashMap<>();

    Misc put(String name, String value) {
        attributes.put(name, value);
        return this;
    }

    Misc putAll(Misc other) {
        attributes.putAll(other.attributes);
        return this;
    }

    String get(String name) {
        return attributes.get(name);
    }

    /** Records the text after a token: nothing for one space, SpaceAfter=No for none, else SpacesAfter. */
    Misc spaceAfter(String spacing) {
        if (spacing.isEmpty()) {
            put("SpaceAfter", "No");
        } else if (!spacing.equals(" ")) {
            put("SpacesAfter", escape(spacing));
        }
        return this;
    }

    /**
     * Records the text after a document's last token: nothing for none (UD forbids SpaceAfter=No
     * before a new document), else SpacesAfter, a single space included.
     */
    Misc spaceAtEnd(String spacing) {
        if (!spacing.isEmpty()) {
            put("SpacesAfter", escape(spacing));
        }
        return this;
    }

    /** The text after a document's last token, as {@link #spaceAtEnd} recorded it (SpaceAfter=No, as files had it before, too). */
    String spacingAtEnd() {
        return get("SpacesAfter") == null ? "" : unescape(get("SpacesAfter"));
    }

    /** The text after a token, as {@link #spaceAfter} recorded it. */
    String spacing() {
        if ("No".equals(get("SpaceAfter"))) {
            return "";
        }
        return get("SpacesAfter") == null ? " " : unescape(get("SpacesAfter"));
    }

    static Misc parse(String column) {
        Misc misc = new Misc();
        if (!column.equals("_")) {
            for (String attribute : column.split("\\|")) {
                int eq = attribute.indexOf('=');
                misc.put(eq < 0 ? attribute : attribute.substring(0, eq), eq < 0 ? "" : attribute.substring(eq + 1));
            }
        }
        return misc;
    }

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner("|");
        out.setEmptyValue("_");
        attributes.forEach((name, value) -> out.add(name + "=" + value));
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() * 2);
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case ' ' -> "\\s";
                case '\t' -> "\\t";
                case '\r' -> "\\r";
                case '\n' -> "\\n";
                case '|' -> "\\p";
                case '\\' -> "\\\\";
                default -> invisible(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c);
            });
        }
        return out.toString();
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            if (e == 'u' && i + 4 < s.length()) {
                out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                i += 4;
                continue;
            }
            out.append(switch (e) {
                case 's' -> ' ';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'n' -> '\n';
                case 'p' -> '|';
                default -> e;
            });
        }
        return out.toString();
    }

    /** Spaces other than the plain one, and format and control characters: nothing a reader sees. */
    private static boolean invisible(char c) {
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.FORMAT, Character.CONTROL -> true;
            default -> false;
        };
    }
}
