package org.marsad.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.arabic.Proclitics;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layer;
import org.marsad.document.Mention;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.kb.KnowledgeBase;
import org.marsad.kb.MatchKeys;
import org.marsad.role.Titles;

/**
 * Finds people the knowledge base does not list, the long tail analysts need (a provincial
 * governor, a spokesman): a run of proper nouns after a title ("المحافظ سالم الجبوري") or
 * starting with a known given name ("حيدر الساعدي"); then the family name of each such person
 * wherever it stands alone later in the document ("وأكد الجبوري").
 */
public final class PersonFinder implements MentionFinder {
    /** Names run to four words at most (given name, father's, grandfather's, family name). */
    private static final int MAX_NAME_TOKENS = 4;
    /** The first word of a name is a proper noun; later words may be tagged as nisba adjectives (الجبوري). */
    private static final Pattern FIRST = Pattern.compile("(DT)?NNPS?");
    private static final Pattern LATER = Pattern.compile("(DT)?NNPS?|DTJJ");
    private static final Set<String> CONNECTORS = Set.of("بن", "ابن", "بنت", "عبد", "ابو", "ال");
    /** Words the tagger reads as names that, after a title, are not one: "المتحدث باسم" is "the spokesman for". */
    private static final Set<String> NOT_NAMES = Set.of("باسم");
    private static final int MIN_FAMILY_NAME = 4;

    private final Set<String> givenNames;

    public PersonFinder(KnowledgeBase kb) {
        this.givenNames = kb.givenNameKeys();
    }

    @Override
    public String name() {
        return "ner-persons";
    }

    @Override
    public Document annotate(Document document) {
        MentionScan.Mentions mentions = new MentionScan.Mentions(document.mentions());
        List<Mention> unlisted = MentionScan.scan(document, mentions, EntityType.PERSON, this::nameAt);
        familyNamesAlone(document, unlisted, mentions).forEach(mentions::add);
        return document.withMentions(mentions.sorted(), Layer.MENTIONS);
    }

    /** The span of an unlisted person's name starting at token {@code i}, or null. */
    private Span nameAt(Document document, List<Token> tokens, int i, MentionScan.Mentions mentions) {
        Token first = tokens.get(i);
        if (mentions.overlapping(first.span()) != null || !FIRST.matcher(Titles.wordTag(first)).matches()
                || NOT_NAMES.contains(MatchKeys.of(document.text(first.span())))
                || i > 0 && Settlements.isDesignator(document.text(tokens.get(i - 1).span()))) {
            return null; // after بلدة, قرية, مخيم … comes a place
        }
        int start = first.segments().get(first.segments().size() - (first.segments().size() > 1 && isPronoun(first) ? 2 : 1)).span().start();
        boolean titled = Titles.titleBefore(document, first.span().start()) != null;
        boolean given = givenNames.contains(MatchKeys.of(document.text(new Span(start, first.span().end()))));
        if (!titled && !given) {
            return null;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i < MAX_NAME_TOKENS && mentions.overlapping(tokens.get(end).span()) == null
                && isNameWord(document, tokens.get(end))) {
            end++;
        }
        if (given && !titled && end - i < 2) {
            return null; // A given name alone is too weak a sign.
        }
        return new Span(start, tokens.get(end - 1).span().end());
    }

    private static boolean isNameWord(Document document, Token token) {
        return token.segments().size() == 1 && (LATER.matcher(Titles.wordTag(token)).matches()
                || CONNECTORS.contains(MatchKeys.of(document.text(token.span()))));
    }

    private static boolean isPronoun(Token token) {
        return token.segments().get(token.segments().size() - 1).pos() != null
                && token.segments().get(token.segments().size() - 1).pos().startsWith("PRP");
    }

    /**
     * Later mentions by family name alone of the unlisted people found with their full names
     * (listed people's family names are knowledge-base aliases already).
     */
    private static List<Mention> familyNamesAlone(Document document, List<Mention> unlisted,
                                                  MentionScan.Mentions mentions) {
        Set<String> familyNames = new HashSet<>();
        for (Mention m : unlisted) {
            String[] words = MatchKeys.of(document.text(m.span())).split(" ");
            if (words.length >= 2 && words[words.length - 1].length() >= MIN_FAMILY_NAME) {
                familyNames.add(words[words.length - 1]);
            }
        }
        List<Mention> found = new ArrayList<>();
        if (familyNames.isEmpty()) {
            return found;
        }
        for (Token token : document.tokens()) {
            if (mentions.overlapping(token.span()) != null) {
                continue;
            }
            for (Proclitics.Reading reading : Proclitics.readings(document.text(token.span()))) {
                if (familyNames.contains(MatchKeys.of(reading.stem()))) {
                    found.add(new Mention(new Span(token.span().start() + reading.prefixLength(), token.span().end()), EntityType.PERSON));
                    break;
                }
            }
        }
        return found;
    }
}
