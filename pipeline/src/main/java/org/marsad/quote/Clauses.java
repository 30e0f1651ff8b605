package org.marsad.quote;

import java.util.regex.Pattern;
import org.marsad.document.Quotation;
import org.marsad.document.Span;

/**
 * Where reported speech ends inside a sentence: a reporting verb after a clause connector
 * ("، فيما اتهمت", "، بينما أكد", "، وأضاف") reports a new quotation rather than being part of
 * the one before it.
 */
final class Clauses {
    /** What comes before a cue that starts a new clause: a comma, فيما/بينما/كما/في حين, or و/ف on the verb after a comma. */
    private static final Pattern CONNECTOR = Pattern.compile("(?:[،,;؛][\\s\\u00A0]*(?:[وف]|فيما |بينما |كما )?|(?<![\\p{L}])"
            + "(?:فيما|بينما|كما|في حين)[\\s\\u00A0]+[وف]?)$");

    private Clauses() {
    }

    /** Whether the cue at {@code cueStart} opens a clause of its own. */
    static boolean startsClause(String folded, int cueStart) {
        String before = folded.substring(Math.max(0, cueStart - 16), cueStart).replace('\u00A0', ' ');
        return CONNECTOR.matcher(before).find();
    }

    /** The quotation with its content cut before the clause the cue opens, connector and comma left out. */
    static Quotation endBefore(Quotation quote, String folded, int cueStart) {
        int end = cueStart;
        while (end > quote.content().start() && !Character.isWhitespace(folded.charAt(end - 1)) && folded.charAt(end - 1) != '،') {
            end--; // the cue's attached و/ف
        }
        String rest = folded.substring(quote.content().start(), end);
        String cut = rest.replaceFirst("[\\s\\u00A0]*(?:[،,;؛][\\s\\u00A0]*)?(?:(?:فيما|بينما|كما|في حين)[\\s\\u00A0]*)?$", "");
        if (cut.length() == rest.length()) {
            cut = rest.stripTrailing();
        }
        cut = cut.replaceFirst("[\\s\\u00A0]*[،,;؛]?[\\s\\u00A0]*$", "");
        // Mixed speech cut before its quotation marks is indirect only.
        Quotation.Kind kind = quote.kind() == Quotation.Kind.MIXED && cut.chars().noneMatch(c -> "«\"“‘'".indexOf(c) >= 0)
                ? Quotation.Kind.INDIRECT : quote.kind();
        return new Quotation(new Span(quote.content().start(), quote.content().start() + cut.length()), quote.cue(), kind,
                quote.speaker(), quote.mention(), quote.speakerId());
    }
}
