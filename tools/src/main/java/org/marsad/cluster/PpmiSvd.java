package org.marsad.cluster;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Dense word vectors from sparse PPMI rows by truncated SVD, X ≈ U_k Σ_k V_kᵀ, each word
 * represented by its row of U_k Σ_k^½ (Levy, Goldberg and Dagan 2015: the square root of the
 * singular values represents similarity better than Σ itself). The right singular vectors V are
 * the eigenvectors of the contexts' Gram matrix XᵀX, which is small (4 offsets × 1,000 context
 * words), so one symmetric eigendecomposition gives them exactly, and U_k Σ_k^½ = X V_k Σ_k^-½.
 */
final class PpmiSvd {
    /** One word's non-zero PPMI values and the contexts they belong to. */
    record Row(int[] contexts, float[] values) {
    }

    private static final double NEGLIGIBLE = 1e-9;

    private PpmiSvd() {
    }

    /** The {@code k}-dimensional vector of each row, over {@code dims} contexts. */
    static float[][] reduce(Row[] rows, int dims, int k) {
        double[] gram = new double[dims * dims];
        for (Row row : rows) {
            for (int a = 0; a < row.contexts().length; a++) {
                int offset = row.contexts()[a] * dims;
                double value = row.values()[a];
                for (int b = 0; b < row.contexts().length; b++) {
                    gram[offset + row.contexts()[b]] += value * row.values()[b];
                }
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(dims, true, true);
        if (!eigen.decompose(DMatrixRMaj.wrap(dims, dims, gram))) {
            throw new IllegalStateException("the PPMI Gram matrix did not decompose");
        }
        // Largest eigenvalues first; ties by index, so that the order never depends on the solver's.
        int[] order = IntStream.range(0, dims).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -eigen.getEigenvalue(i).getReal()).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        double largest = eigen.getEigenvalue(order[0]).getReal();
        double[][] basis = new double[k][];
        double[] scale = new double[k];
        for (int c = 0; c < k; c++) {
            double eigenvalue = eigen.getEigenvalue(order[c]).getReal();
            basis[c] = eigen.getEigenVector(order[c]).getData();
            // λ = σ², so σ^-½ = λ^-¼. A direction the data does not span (λ at rounding level:
            // fewer words than contexts) is left out, not blown up from rounding noise.
            scale[c] = eigenvalue > largest * NEGLIGIBLE ? Math.pow(eigenvalue, -0.25) : 0;
        }
        float[][] vectors = new float[rows.length][k];
        for (int w = 0; w < rows.length; w++) {
            for (int c = 0; c < k && scale[c] > 0; c++) {
                double sum = 0;
                for (int n = 0; n < rows[w].contexts().length; n++) {
                    sum += rows[w].values()[n] * basis[c][rows[w].contexts()[n]];
                }
                vectors[w][c] = (float) (sum * scale[c]);
            }
        }
        return vectors;
    }
}
