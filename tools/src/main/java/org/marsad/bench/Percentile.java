package org.marsad.bench;

/** Latency percentiles, nearest-rank, from sorted nanoseconds to milliseconds. */
final class Percentile {
    private Percentile() {
    }

    static double of(long[] sortedNanos, int p) {
        int index = Math.min(sortedNanos.length - 1, (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }
}
