package io.kezhi.bench.feed;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What people type in the customer search box, cut from real names and numbers: a two-character
 * Chinese fragment from inside a name (an infix, not only its start), the first characters of a name,
 * the start of its pinyin or its initials, and the first seven to nine digits of a real number; and in
 * the contact search box ({@link #contactText}).
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

    /**
     * What people type in the contact search box for a contact (name, pinyin, email, a number's national
     * digits): its name's start (a Chinese name's surname and more, a Latin name's first word), its
     * pinyin's start, its email's first four to six characters, or a number's first seven to nine digits,
     * whichever of them the contact has, chosen at random.
     */
    public static Optional<String> contactText(String[] contact, SplittableRandom random) {
        int kind = random.nextInt(4);
        for (int tried = 0; tried < 4; tried++, kind = (kind + 1) % 4) {
            Optional<String> text = switch (kind) {
                case 0 -> namePrefix(contact[0], random).or(() -> contact[0] != null
                        && contact[0].codePointCount(0, contact[0].length()) == 2 && han(contact[0].codePointAt(0))
                        ? Optional.of(contact[0]) : Optional.empty()); // a two-character Chinese name whole
                case 1 -> pinyinPrefix(contact[1], random);
                case 2 -> emailPrefix(contact[2], random);
                default -> phonePrefix(contact[3], random);
            };
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /** The first four to six characters of an email address (before the @). */
    public static Optional<String> emailPrefix(String email, SplittableRandom random) {
        int at = email == null ? -1 : email.indexOf('@');
        if (at < 5) {
            return Optional.empty();
        }
        return Optional.of(email.substring(0, Math.min(at, 4 + random.nextInt(3))));
    }

    static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
