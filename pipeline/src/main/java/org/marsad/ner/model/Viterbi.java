package org.marsad.ner.model;

/**
 * The best tag sequence under a linear-chain CRF: per-token emission scores from the network,
 * and the start, transition and end scores the trainer learned with it.
 */
record Viterbi(float[] start, float[][] transitions, float[] end) {

    /** Tag ids of one sentence, given its emissions [token][tag]. */
    int[] decode(float[][] emissions) {
        int n = emissions.length;
        int k = start.length;
        int[][] back = new int[n][k];
        float[] score = new float[k];
        for (int j = 0; j < k; j++) {
            score[j] = start[j] + emissions[0][j];
        }
        for (int t = 1; t < n; t++) {
            float[] next = new float[k];
            for (int j = 0; j < k; j++) {
                int best = 0;
                float bestScore = Float.NEGATIVE_INFINITY;
                for (int i = 0; i < k; i++) {
                    float s = score[i] + transitions[i][j];
                    if (s > bestScore) {
                        bestScore = s;
                        best = i;
                    }
                }
                next[j] = bestScore + emissions[t][j];
                back[t][j] = best;
            }
            score = next;
        }
        int tag = 0;
        for (int j = 1; j < k; j++) {
            if (score[j] + end[j] > score[tag] + end[tag]) {
                tag = j;
            }
        }
        int[] path = new int[n];
        for (int t = n - 1; t >= 0; t--) {
            path[t] = tag;
            tag = back[t][tag];
        }
        return path;
    }
}
