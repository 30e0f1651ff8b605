package org.marsad.format.conllu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The format-level checks of the UD validator (levels 1 and 2) that apply to Marsad's output:
 * 10 columns, no empty field, word ids 1..n per sentence, multiword ranges right before exactly
 * their words, SpaceAfter only on surface tokens, {@code # sent_id} unique, {@code # text}
 * equal to the surface tokens joined as SpaceAfter says, no SpaceAfter=No before a new document
 * or paragraph, UPOS from UD's 17 tags, FEATS as
 * sorted Name=Value pairs, valid IOB2;
 * and where a sentence has a parse (level 2), a head and a UD relation on every word, making one
 * tree with one root.
 */
final class ConlluValidation {
    private static final Set<String> UPOS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
            "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    private static final Set<String> RELATIONS = Set.of("acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc",
            "ccomp", "clf", "compound", "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed",
            "flat", "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan", "parataxis",
            "punct", "reparandum", "root", "vocative", "xcomp");

    private final List<String> errors = new ArrayList<>();
    private final Set<String> sentIds = new HashSet<>();
    private int line;
    /** Whether the last token so far said SpaceAfter=No, which UD forbids before a new document or paragraph. */
    private boolean spaceAfterNoInEffect;

    private ConlluValidation() {
    }

    static List<String> errors(String conllu) {
        ConlluValidation v = new ConlluValidation();
        List<String> sentence = new ArrayList<>();
        boolean docOpen = false;
        for (String l : (conllu.endsWith("\n") ? conllu : conllu + "\n").split("\n", -1)) {
            v.line++;
            if (l.isEmpty()) {
                if (!sentence.isEmpty()) {
                    v.sentence(sentence, docOpen);
                    sentence.clear();
                }
            } else {
                docOpen |= l.startsWith("# newdoc id = ");
                sentence.add(l);
            }
        }
        return v.errors;
    }

    private void error(String message) {
        errors.add("line " + line + ": " + message);
    }

    private void sentence(List<String> lines, boolean docOpen) {
        String text = null;
        String sentId = null;
        int expected = 1;
        int rangeEnd = 0;
        String previousNer = "O";
        StringBuilder surface = new StringBuilder();
        boolean spaceBefore = false;
        List<String[]> words = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("#")) {
                if ((l.startsWith("# newdoc") || l.startsWith("# newpar")) && spaceAfterNoInEffect) {
                    error("new document or paragraph after a token with SpaceAfter=No: " + l);
                }
                text = l.startsWith("# text = ") ? l.substring(9) : text;
                sentId = l.startsWith("# sent_id = ") ? l.substring(12) : sentId;
                continue;
            }
            String[] cols = l.split("\t", -1);
            if (cols.length != 10) {
                error("expected 10 columns: " + l);
                continue;
            }
            for (String col : cols) {
                if (col.isEmpty() || !col.strip().equals(col)) {
                    error("empty field or field with spaces around it: " + l);
                }
            }
            boolean token = false;
            if (cols[0].matches("\\d+-\\d+")) {
                int from = Integer.parseInt(cols[0].split("-")[0]);
                int to = Integer.parseInt(cols[0].split("-")[1]);
                if (from != expected || to <= from || rangeEnd >= expected) {
                    error("range " + cols[0] + " where word " + expected + " comes next");
                }
                for (int c = 2; c < 9; c++) {
                    if (!cols[c].equals("_")) {
                        error("range line with column " + (c + 1) + " set: " + l);
                    }
                }
                rangeEnd = to;
                token = true;
            } else if (!cols[0].equals(String.valueOf(expected++))) {
                error("word id " + cols[0] + " where " + (expected - 1) + " comes next");
            } else {
                token = rangeEnd < expected - 1;
                if (!token && cols[9].contains("SpaceAfter")) {
                    error("SpaceAfter on a word of a multiword token: " + l);
                }
                if (!UPOS.contains(cols[3])) {
                    error("not a UPOS tag: " + cols[3]);
                }
                features(cols[5]);
                String ner = cols[9].replaceAll(".*NER=([^|]*).*", "$1");
                ner = ner.equals(cols[9]) ? "O" : ner;
                if (ner.startsWith("I-") && !previousNer.substring(Math.min(2, previousNer.length())).equals(ner.substring(2))) {
                    error("I- tag after " + previousNer + ": " + l);
                }
                previousNer = ner;
                words.add(cols);
            }
            if (token) {
                surface.append(spaceBefore ? " " : "").append(cols[1]);
                spaceBefore = !cols[9].matches("(.*\\|)?SpaceAfter=No(\\|.*)?");
            }
        }
        spaceAfterNoInEffect = !spaceBefore;
        if (rangeEnd >= expected) {
            error("range runs past the sentence end");
        }
        if (!docOpen || sentId == null || !sentIds.add(sentId) || sentId.contains("/") || sentId.contains(" ")) {
            error("missing newdoc, or missing, repeated or malformed sent_id " + sentId);
        }
        if (!surface.toString().equals(text)) {
            error("# text '" + text + "' but the tokens spell '" + surface + "'");
        }
        if (words.stream().anyMatch(cols -> !cols[6].equals("_"))) {
            tree(words);
        }
    }

    /** Level 2: FEATS is _ or Name=Value pairs, each name once, sorted as UD sorts them (case aside). */
    private void features(String feats) {
        if (feats.equals("_")) {
            return;
        }
        List<String> pairs = List.of(feats.split("\\|", -1));
        List<String> sorted = pairs.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        Set<String> names = new HashSet<>();
        for (String pair : pairs) {
            if (!pair.matches("[A-Z][A-Za-z0-9]*(\\[[a-z0-9]+])?=[A-Z0-9][A-Za-z0-9]*(,[A-Z0-9][A-Za-z0-9]*)*")
                    || !names.add(pair.split("=")[0])) {
                error("malformed or repeated feature " + pair + " in " + feats);
            }
        }
        if (!pairs.equals(sorted)) {
            error("features not sorted: " + feats);
        }
    }

    /** Level 2: every word has a head in the sentence and a UD relation, one root, no cycle. */
    private void tree(List<String[]> words) {
        int[] heads = new int[words.size() + 1];
        int roots = 0;
        for (int w = 1; w <= words.size(); w++) {
            String[] cols = words.get(w - 1);
            if (!cols[6].matches("\\d+") || Integer.parseInt(cols[6]) > words.size() || !RELATIONS.contains(cols[7].split(":")[0])) {
                error("bad HEAD or DEPREL: " + String.join("\t", cols));
                return;
            }
            heads[w] = Integer.parseInt(cols[6]);
            if ((heads[w] == 0) != cols[7].equals("root")) {
                error("root relation without head 0, or head 0 without it: " + String.join("\t", cols));
            }
            roots += heads[w] == 0 ? 1 : 0;
        }
        if (roots != 1) {
            error(roots + " roots in a sentence");
        }
        for (int w = 1; w <= words.size(); w++) {
            int at = w;
            for (int steps = 0; at != 0 && steps <= words.size(); steps++) {
                at = heads[at];
            }
            if (at != 0) {
                error("word " + w + " is in a cycle");
                return;
            }
        }
    }
}
