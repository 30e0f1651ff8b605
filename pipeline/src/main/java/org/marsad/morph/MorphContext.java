package org.marsad.morph;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSContextGenerator;
import org.marsad.arabic.ArabicText;
import org.marsad.arabic.WordClusters;

/**
 * What the morphological tagger reads of word {@code i} of a sentence: the word (in the POS
 * tagger's orthography), its first and last letters (Arabic inflection is in its affixes: ة, ات,
 * ون, ين, ي, ت), CoreNLP's ATB tag of it and of its neighbours, the neighbours' words, and the
 * tags already chosen for the two words before it (agreement of adjectives with their nouns),
 * the first and last letters of the words around it, and the word classes (learned from raw
 * news, {@link WordClusters}) of it and its neighbours.
 * The ATB tags and the word classes come as OpenNLP's additional context, one array per word
 * ({@link #additional}: each word's classes looked up once, not at every position that reads
 * them), as OpenNLP hands a training sample's to the context generator.
 */
public final class MorphContext implements POSContextGenerator {
    private static final String START = "<s>";
    private static final String END = "</s>";
    private static final String UNCLASSED = "?";
    /** The places in a word's additional context. */
    private static final int ATB = 0;
    private static final int FINE_CLASS = 1;
    private static final int COARSE_CLASS = 2;

    @Override
    public String[] getContext(int i, String[] words, String[] prior, Object[] additional) {
        String w = words[i];
        String a = at(additional, i);
        String t1 = i > 0 ? prior[i - 1] : START;
        String t2 = i > 1 ? prior[i - 2] : START;
        List<String> f = new ArrayList<>(32);
        f.add("w=" + w);
        f.add("a=" + a);
        f.add("wa=" + w + ' ' + a);
        for (int n = 1; n <= 4 && n < w.length(); n++) {
            f.add("s" + n + '=' + w.substring(w.length() - n));
            f.add("sa" + n + '=' + w.substring(w.length() - n) + ' ' + a);
        }
        for (int n = 1; n <= 3 && n < w.length(); n++) {
            f.add("p" + n + '=' + w.substring(0, n));
        }
        f.add("len=" + Math.min(w.length(), 8));
        f.add("w-1=" + word(words, i - 1));
        f.add("w+1=" + word(words, i + 1));
        f.add("w-2=" + word(words, i - 2));
        f.add("w+2=" + word(words, i + 2));
        f.add("a-1=" + at(additional, i - 1));
        f.add("a+1=" + at(additional, i + 1));
        f.add("a-2=" + at(additional, i - 2));
        f.add("a+2=" + at(additional, i + 2));
        f.add("aa+1=" + a + ' ' + at(additional, i + 1));
        f.add("a-1a=" + at(additional, i - 1) + ' ' + a);
        f.add("w-1a=" + word(words, i - 1) + ' ' + a);
        // The next word's article and endings: a noun before a definite genitive is in construct state.
        f.add("w+1p2=" + edge(words, i + 1, 2, true));
        f.add("w+1s1=" + edge(words, i + 1, 1, false));
        f.add("w+1s2=" + edge(words, i + 1, 2, false));
        f.add("w-1s1=" + edge(words, i - 1, 1, false));
        f.add("w-1s2=" + edge(words, i - 1, 2, false));
        f.add("t-1=" + t1);
        f.add("t-2=" + t2 + ' ' + t1);
        f.add("t-1a=" + t1 + ' ' + a);
        f.add("t-1w=" + t1 + ' ' + w);
        // The word's class (and its neighbours'): a word PADT never had shares the evidence of the
        // frequent words of its class.
        String fine = at(additional, i, FINE_CLASS);
        f.add("c=" + fine);
        f.add("ca=" + fine + ' ' + a);
        f.add("cc=" + at(additional, i, COARSE_CLASS));
        f.add("c-1=" + at(additional, i - 1, COARSE_CLASS));
        f.add("c+1=" + at(additional, i + 1, COARSE_CLASS));
        return f.toArray(new String[0]);
    }

    /** The additional context of a sentence of words (in the tagger's orthography) with these ATB tags: each word's tag and classes. */
    public static String[][] additional(String[] words, List<String> atb, WordClusters classes) {
        String[][] context = new String[atb.size()][];
        for (int i = 0; i < context.length; i++) {
            WordClusters.Classes c = classes(words[i], classes);
            context[i] = new String[] {atb.get(i), c == null ? UNCLASSED : c.fine(), c == null ? UNCLASSED : c.coarse()};
        }
        return context;
    }

    /** The ATB tag of a word's additional context. */
    public static String atb(String[] additional) {
        return additional[ATB];
    }

    /** A segment's classes: they are learned for stems without the article (الحكومة is looked up as حكومة). */
    private static WordClusters.Classes classes(String w, WordClusters classes) {
        String key = ArabicText.key(w);
        WordClusters.Classes c = key.startsWith("ال") && key.length() >= 4 ? classes.get(key.substring(2)) : null;
        return c != null ? c : classes.get(key);
    }

    /** The first or last {@code n} letters of word {@code i}, or the sentence edge. */
    private static String edge(String[] words, int i, int n, boolean first) {
        String w = word(words, i);
        if (w.length() <= n) {
            return w;
        }
        return first ? w.substring(0, n) : w.substring(w.length() - n);
    }

    private static String word(String[] words, int i) {
        return i < 0 ? START : i >= words.length ? END : words[i];
    }

    private static String at(Object[] additional, int i) {
        return at(additional, i, ATB);
    }

    /** What place {@code place} of word {@code i}'s additional context holds, or the sentence edge. */
    private static String at(Object[] additional, int i, int place) {
        return i < 0 ? START : i >= additional.length ? END : ((String[]) additional[i])[place];
    }
}
