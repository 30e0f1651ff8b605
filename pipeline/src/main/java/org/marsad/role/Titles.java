package org.marsad.role;

import java.util.List;
import java.util.Set;
import org.marsad.arabic.ArabicText;
import org.marsad.arabic.ResourceLines;
import org.marsad.arabic.WordList;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Mention;
import org.marsad.document.Segment;
import org.marsad.document.Sentence;
import org.marsad.document.Span;
import org.marsad.document.Token;

/**
 * Titles and roles written before a person's name: "رئيس الوزراء العراقي", "وزير الخارجية
 * الأمريكي", "الأمين العام لعصائب أهل الحق" — a run of nouns and adjectives (and names of
 * organisations or places inside it) that begins with a title head word ({@code title-heads.txt}).
 */
public final class Titles {
    private Titles() {
    }

    /** Titles are short; a longer nominal run before a name is not one title. */
    static final int MAX_ROLE_TOKENS = 8;
    private static final WordList HEADS = new WordList(ResourceLines.of(Titles.class, "title-heads.txt"));
    private static final Set<String> NOUN_LIKE_PREPOSITIONS = Set.of("مع", "بعد", "قبل", "خلال", "بين", "حول", "ضد",
            "عبر", "لدي", "امام", "دون", "نحو", "غير", "كل", "بعض", "عند", "منذ", "حيث", "ذلك", "هذا", "هذه");
    /** ATB tags of nouns, adjectives and quantifiers, with or without the article. */
    private static final java.util.regex.Pattern NOMINAL = java.util.regex.Pattern.compile("(DT)?(NN.*|JJ.*|NOUN_QUANT|ADJ_NUM)");

    /**
     * The title written right before offset {@code start} (where a name begins), or null: a run
     * of nominal tokens, within the sentence, whose first word is a title head.
     */
    public static Span titleBefore(Document document, int start) {
        Sentence sentence = sentenceAt(document, start);
        if (sentence == null) {
            return null;
        }
        List<Token> before = document.tokensIn(new Span(sentence.span().start(), start));
        if (before.isEmpty() || before.get(before.size() - 1).span().end() > start) {
            return null; // The name is attached to a proclitic: nothing stands between them.
        }
        int roleStart = -1;
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - MAX_ROLE_TOKENS); i--) {
            Token token = before.get(i);
            if (!isNominal(document, token)) {
                break;
            }
            int head = headStart(document, token);
            if (head >= 0) {
                roleStart = head;
            }
        }
        return roleStart < 0 ? null : new Span(roleStart, before.get(before.size() - 1).span().end());
    }

    /**
     * The sentence holding offset {@code at}, or null, by binary search: this is asked for every
     * name, and a scan of every sentence made long documents quadratic.
     */
    private static Sentence sentenceAt(Document document, int at) {
        List<Sentence> sentences = document.sentences();
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {   // the first sentence starting after at
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Sentence sentence = lo == 0 ? null : sentences.get(lo - 1);
        return sentence != null && at < sentence.span().end() ? sentence : null;
    }

    /**
     * The first mention overlapping {@code span}, or null. Mentions are in span order, and one
     * never holds another (a finder's name takes in the mentions inside it), so their ends are in
     * order too: a binary search finds those starting before the span ends, and the overlapping
     * ones are the last of them.
     */
    private static Mention mentionOverlapping(Document document, Span span) {
        List<Mention> mentions = document.mentions();
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {   // the first mention starting at or after the span's end
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < span.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Mention first = null;
        for (int i = lo - 1; i >= 0 && mentions.get(i).span().overlaps(span); i--) {
            first = mentions.get(i);
        }
        return first;
    }

    /**
     * A noun, adjective or the name of an organisation or place, possibly after a preposition
     * ("لعصائب") or before a pronoun ("نظيره"). Another person's name ends a title, and so do
     * the prepositions the ATB tags as nouns (مع, بعد, خلال …).
     */
    private static boolean isNominal(Document document, Token token) {
        Mention inside = mentionOverlapping(document, token.span());
        if (inside != null) {
            return inside.type() != EntityType.PERSON;
        }
        if (NOUN_LIKE_PREPOSITIONS.contains(ArabicText.key(document.text(token.span())))) {
            return false;
        }
        return NOMINAL.matcher(wordTag(token)).matches();
    }

    /** The ATB tag of a token's word: its last segment, or the one before a pronoun suffix ("نظير+ه"). */
    public static String wordTag(Token token) {
        List<Segment> segments = token.segments();
        int word = segments.size() - 1;
        if (word > 0 && tag(segments.get(word)).startsWith("PRP")) {
            word--;
        }
        return tag(segments.get(word));
    }

    private static String tag(Segment segment) {
        return segment.pos() == null ? "" : segment.pos();
    }

    /** Where the title head word in this token starts (after its proclitics), or -1 if it holds none. */
    private static int headStart(Document document, Token token) {
        int at = HEADS.find(document.text(token.span()));
        return at < 0 ? -1 : token.span().start() + at;
    }
}
