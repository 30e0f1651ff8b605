package org.marsad.eval;

/** Counts of a detection task and the precision, recall and F1 they give, in percent. */
public record Prf(long truePositives, long falsePositives, long falseNegatives) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public double precision() {
        long d = truePositives + falsePositives;
        return d == 0 ? 0.0 : 100.0 * truePositives / d;
    }

    public double recall() {
        long d = truePositives + falseNegatives;
        return d == 0 ? 0.0 : 100.0 * truePositives / d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf other) {
        return new Prf(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    @Override
    public String toString() {
        return String.format("P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
