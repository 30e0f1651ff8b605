package org.marsad.ner.crf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.cluster.WordClusters;
import org.marsad.segment.SegmentationLexicon;

/**
 * The observation features of each token of a sentence, the one implementation training and
 * tagging share. Arabic has no capitals to mark a name, so the evidence is the word itself, its
 * stem with proclitics stripped (وبوش, لبوش and بوش are one name), the stem's first and last
 * letters (nisba endings, foreign-name shapes), the neighbouring stems (a title before, a verb of
 * saying after), the part-of-speech tags of its clitic segments, membership in name lists, and
 * word classes learned from raw news, which carry what the 125,000 training tokens cannot: that an
 * unseen word is used the way names are.
 */
public final class NerFeatures {
    private static final int AFFIX = 4;

    private final NameLists lists;
    private final WordClusters clusters;
    private final SegmentationLexicon lexicon;

    public NerFeatures(NameLists lists, WordClusters clusters, SegmentationLexicon lexicon) {
        this.lists = lists;
        this.clusters = clusters;
        this.lexicon = lexicon;
    }

    /**
     * Feature strings for each token of one sentence: its surface tokens and their
     * {@link TokenMorphology morphology}.
     */
    public List<List<String>> of(List<String> tokens, List<String> morphology) {
        return of(tokens, morphology, new boolean[tokens.size()]);
    }

    /**
     * As {@link #of(List, List)}, leaving out the word and stem features of the tokens marked
     * {@code unseen}: training shows the model rare words this way too, as if they were not in
     * its training data, so that it learns the evidence that still holds for a word it never saw.
     */
    List<List<String>> of(List<String> tokens, List<String> morphology, boolean[] unseen) {
        int n = tokens.size();
        FeatureStem[] split = new FeatureStem[n];
        String[] stems = new String[n];
        String[] proclitics = new String[n];
        String[] morphemes = morphology.toArray(String[]::new);
        for (int i = 0; i < n; i++) {
            split[i] = FeatureStem.of(tokens.get(i), lexicon);
            stems[i] = split[i].stem();
            proclitics[i] = split[i].proclitics();
        }
        List<Set<String>> listed = lists.match(stems);
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String s = stems[i];
            List<String> f = new ArrayList<>(56);
            if (!unseen[i]) {
                f.add("W=" + split[i].key());
                f.add("S=" + s);
                f.add("S-1S=" + at(stems, i - 1) + "|" + s);
                f.add("SS+1=" + s + "|" + at(stems, i + 1));
            }
            f.add("P=" + proclitics[i]);
            f.add("SH=" + shape(tokens.get(i)));
            for (int k = 1; k <= AFFIX && k < s.length(); k++) {
                f.add("SP" + k + "=" + s.substring(0, k));
                f.add("SS" + k + "=" + s.substring(s.length() - k));
            }
            f.add("S-1=" + at(stems, i - 1));
            f.add("S+1=" + at(stems, i + 1));
            f.add("S-2=" + at(stems, i - 2));
            f.add("S+2=" + at(stems, i + 2));
            f.add("P-1=" + at(proclitics, i - 1));
            f.add("P+1=" + at(proclitics, i + 1));
            f.add("M=" + morphemes[i]);
            f.add("M-1=" + at(morphemes, i - 1));
            f.add("M+1=" + at(morphemes, i + 1));
            f.add("MM=" + morphemes[i] + "|" + at(morphemes, i - 1));
            String next = at(stems, i + 1);
            // A nisba adjective after a name or title (الأمريكي, السعودية) marks what precedes it.
            f.add("NS2=" + next.substring(Math.max(0, next.length() - 2)));
            for (int d = -1; d <= 1; d++) {
                if (i + d >= 0 && i + d < n) {
                    for (String label : listed.get(i + d)) {
                        f.add("L" + d + "=" + label);
                    }
                }
            }
            for (int d = -1; d <= 1; d++) {
                addClasses(f, "C" + d, i + d >= 0 && i + d < n ? stems[i + d] : null);
            }
            out.add(f);
        }
        return out;
    }

    private void addClasses(List<String> f, String name, String stem) {
        WordClusters.Classes c = stem == null ? null : clusters.get(stem);
        if (c == null) {
            f.add(name + "=" + (stem == null ? "PAD" : "UNK"));
        } else {
            f.add(name + "c=" + c.coarse());
            f.add(name + "f=" + c.fine());
        }
    }

    /** The value at {@code i}, or the sentence's start or end marker beyond it. */
    private static String at(String[] a, int i) {
        return i < 0 ? "<S>" : i >= a.length ? "</S>" : a[i];
    }

    /** Script and digit class: Arabic, Latin, number, punctuation or a mix. */
    static String shape(String token) {
        boolean arabic = false;
        boolean latin = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c >= '\u0600' && c <= '\u06FF') {
                arabic = true;
            } else if (Character.isLetter(c)) {
                latin = true;
            } else {
                other = true;
            }
        }
        if (arabic) {
            return digit || latin ? "ar+" : other ? "ar-p" : "ar";
        }
        if (digit) {
            return latin ? "alnum" : "num";
        }
        return latin ? "lat" : "punct";
    }
}
