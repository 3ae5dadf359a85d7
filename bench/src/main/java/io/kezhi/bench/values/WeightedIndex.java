package io.kezhi.bench.values;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws an index 0..n-1 with probability proportional to its weight, in O(log n). */
public final class WeightedIndex {

    private final double[] cumulative;

    public WeightedIndex(double[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    public int next(SplittableRandom random) {
        double draw = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, draw);
        int index = at >= 0 ? at + 1 : -at - 1;
        return Math.min(index, cumulative.length - 1);
    }
}
