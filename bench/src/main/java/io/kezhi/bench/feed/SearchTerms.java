package io.kezhi.bench.feed;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What people type in the customer search box, cut from real names and numbers: a two-character
 * Chinese fragment from inside a name (an infix, not only its start), the first characters of a name,
 * the start of its pinyin or its initials, and the first seven to nine digits of a real number.
 * Pure functions of the value and a random source, so the same seed gives the same terms.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    /** Two Han characters from inside the name, preferring a start after the first character. */
    public static Optional<String> chineseInfix(String name, SplittableRandom random) {
        int[] cp = name.codePoints().toArray();
        int candidates = 0;
        int[] starts = new int[cp.length];
        for (int i = 1; i + 1 < cp.length; i++) {
            if (han(cp[i]) && han(cp[i + 1])) {
                starts[candidates++] = i;
            }
        }
        if (candidates == 0) {
            return Optional.empty();
        }
        int start = starts[random.nextInt(candidates)];
        return Optional.of(new String(cp, start, 2));
    }

    /** The first two to four characters of a Chinese name, or the first word of a Latin one. */
    public static Optional<String> namePrefix(String name, SplittableRandom random) {
        int[] cp = name.codePoints().toArray();
        if (cp.length < 3) {
            return Optional.empty();
        }
        if (han(cp[0])) {
            return Optional.of(new String(cp, 0, Math.min(cp.length - 1, 2 + random.nextInt(3))));
        }
        String word = name.split("[\\s,.]+")[0];
        return word.length() >= 3 ? Optional.of(word) : Optional.empty();
    }

    /** The start (four to eight letters) of a full pinyin spelling. */
    public static Optional<String> pinyinPrefix(String pinyin, SplittableRandom random) {
        if (pinyin == null || pinyin.length() < 5 || !pinyin.matches("[a-z]+")) {
            return Optional.empty();
        }
        return Optional.of(pinyin.substring(0, Math.min(pinyin.length() - 1, 4 + random.nextInt(5))));
    }

    /** The first three or four pinyin initials (天意华 is found by "tyh"). */
    public static Optional<String> initialsPrefix(String initials, SplittableRandom random) {
        if (initials == null || initials.length() < 4 || !initials.matches("[a-z]+")) {
            return Optional.empty();
        }
        return Optional.of(initials.substring(0, 3 + random.nextInt(2)));
    }

    /** The first seven to nine digits of a real number's national digits. */
    public static Optional<String> phonePrefix(String digits, SplittableRandom random) {
        if (digits == null || digits.length() < 10 || !digits.matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 7 + random.nextInt(3)));
    }

    static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
