package io.kezhi.bench.values;

import java.util.SplittableRandom;

/**
 * Random sources derived from the run's seed. Every generated thing (a customer, a user, ...) gets its
 * own source from (seed, stream, index), so its values do not depend on chunk sizes, thread counts or
 * the order in which threads finish.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A random source for one item of one stream (a stream is a kind of thing: customers, users...). */
    public static SplittableRandom random(long seed, long stream, long index) {
        return new SplittableRandom(mix(seed, stream, index));
    }

    /** SplitMix64's finaliser over the three inputs: well spread even for neighbouring indexes. */
    static long mix(long seed, long stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL
                + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
