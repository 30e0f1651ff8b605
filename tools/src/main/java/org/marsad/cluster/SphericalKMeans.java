package org.marsad.cluster;

import java.util.Arrays;
import java.util.Random;

/**
 * k-means on unit vectors with cosine similarity, seeded by k-means++ from a fixed seed, so the
 * same vectors always give the same clusters.
 */
final class SphericalKMeans {
    private SphericalKMeans() {
    }

    /** The cluster of each vector after {@code iterations} rounds; vectors must be unit length. */
    static int[] cluster(float[][] x, int k, int iterations, long seed) {
        Random random = new Random(seed);
        float[][] centroids = seeds(x, k, random);
        int[] assigned = assign(x, centroids);
        for (int it = 0; it < iterations; it++) {
            float[][] sums = new float[k][x[0].length];
            int[] sizes = new int[k];
            for (int i = 0; i < x.length; i++) {
                sizes[assigned[i]]++;
                add(sums[assigned[i]], x[i]);
            }
            for (int j = 0; j < k; j++) {
                // An emptied cluster restarts at a random vector rather than vanishing.
                centroids[j] = sizes[j] == 0 ? x[random.nextInt(x.length)].clone() : normalized(sums[j]);
            }
            assigned = assign(x, centroids);
        }
        return assigned;
    }

    /** The mean direction of each cluster. */
    static float[][] centroids(float[][] x, int[] assigned, int k) {
        float[][] sums = new float[k][x[0].length];
        for (int i = 0; i < x.length; i++) {
            add(sums[assigned[i]], x[i]);
        }
        for (int j = 0; j < k; j++) {
            sums[j] = normalized(sums[j]);
        }
        return sums;
    }

    /** k-means++: each next seed is drawn with probability growing with its distance to the seeds so far. */
    private static float[][] seeds(float[][] x, int k, Random random) {
        float[][] c = new float[k][];
        c[0] = x[random.nextInt(x.length)].clone();
        double[] nearest = new double[x.length];
        Arrays.fill(nearest, Double.MAX_VALUE);
        for (int j = 1; j < k; j++) {
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                double d = Math.max(0, 1 - dot(x[i], c[j - 1]));
                nearest[i] = Math.min(nearest[i], d * d);
                sum += nearest[i];
            }
            double r = random.nextDouble() * sum;
            int pick = x.length - 1;
            for (int i = 0; i < x.length && r > 0; i++) {
                r -= nearest[i];
                pick = i;
            }
            c[j] = x[pick].clone();
        }
        return c;
    }

    private static int[] assign(float[][] x, float[][] centroids) {
        int[] out = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < centroids.length; j++) {
                double d = dot(x[i], centroids[j]);
                if (d > best) {
                    best = d;
                    out[i] = j;
                }
            }
        }
        return out;
    }

    static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void add(float[] sum, float[] v) {
        for (int d = 0; d < v.length; d++) {
            sum[d] += v[d];
        }
    }

    static float[] normalized(float[] v) {
        double s = dot(v, v);
        if (s > 0) {
            float inv = (float) (1 / Math.sqrt(s));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }
}
