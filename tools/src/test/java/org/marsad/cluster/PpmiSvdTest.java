package org.marsad.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PpmiSvdTest {
    private static PpmiSvd.Row row(int[] contexts, float... values) {
        return new PpmiSvd.Row(contexts, values);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void wordsWithTheSameContextsPointTheSameWayAndOthersApart() {
        PpmiSvd.Row[] rows = {
            row(new int[] {0, 1}, 1, 1),
            row(new int[] {0, 1}, 2, 2),
            row(new int[] {2, 3}, 1, 1),
            row(new int[] {0, 1}, 1, 0.5f),
        };
        float[][] v = PpmiSvd.reduce(rows, 5, 3);
        assertThat(cosine(v[0], v[1])).isCloseTo(1, within(1e-6));
        assertThat(cosine(v[0], v[2])).isCloseTo(0, within(1e-6));
        assertThat(cosine(v[0], v[3])).isGreaterThan(0.5);
        assertThat(cosine(v[2], v[3])).isCloseTo(0, within(1e-6));
    }

    @Test
    void directionsTheDataDoesNotSpanAreLeftAtZero() {
        // Two independent rows over five contexts: rank 2, so components 3-5 carry nothing.
        PpmiSvd.Row[] rows = {row(new int[] {0, 1}, 1, 2), row(new int[] {3}, 3)};
        float[][] v = PpmiSvd.reduce(rows, 5, 5);
        for (float[] vector : v) {
            assertThat(vector[2]).isZero();
            assertThat(vector[3]).isZero();
            assertThat(vector[4]).isZero();
            assertThat(Math.abs(vector[0]) + Math.abs(vector[1])).isGreaterThan(0.1f);
        }
    }
}
