package io.kezhi.bench.values;

import java.util.List;
import java.util.SplittableRandom;

/** Choosing values: uniformly, by weights, or with a probability. */
public final class Picks {

    private Picks() {
    }

    public static <T> T one(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public static <T> T one(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    public static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** The value whose weight range the draw falls in; weights need not add up to 1. */
    public static <T> T weighted(SplittableRandom random, T[] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** Random decimal digits, as many as asked for. */
    public static String digits(SplittableRandom random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
}
