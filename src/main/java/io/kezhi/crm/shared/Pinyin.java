package io.kezhi.crm.shared;

import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Full pinyin and initials of a name, so that 天意华 is found by "tianyihua" and by "tyh". Letters
 * and digits are kept (lower-cased); other characters are dropped. For characters with several
 * readings the most common is taken. Readings are looked up once per character and kept (pinyin4j
 * formats them anew on every call, which made spelling 100,000 imported names take seconds).
 */
public final class Pinyin {

    /** Full pinyin and initials, both lower-case without separators. */
    public record Spelling(String full, String initials) {
    }

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    /** Marks a character without a reading in {@link #READINGS}. */
    private static final String NONE = "";
    /** Reading by BMP character, filled on first use (racing threads store the same value). */
    private static final String[] READINGS = new String[Character.MAX_VALUE + 1];

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    public static Spelling of(String text) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        if (text == null) {
            return new Spelling("", "");
        }
        text.codePoints().forEach(cp -> {
            String reading = reading(cp);
            if (reading != null) {
                full.append(reading);
                initials.append(reading.charAt(0));
            } else if (Character.isLetterOrDigit(cp) && cp < 0x80) {
                String plain = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
                full.append(plain);
                initials.append(plain);
            }
        });
        return new Spelling(full.toString(), initials.toString());
    }

    private static String reading(int codePoint) {
        if (!Character.isBmpCodePoint(codePoint)) {
            return null;
        }
        String known = READINGS[codePoint];
        if (known == null) {
            known = lookUp((char) codePoint);
            READINGS[codePoint] = known;
        }
        return known == NONE ? null : known;
    }

    private static String lookUp(char c) {
        if (c < 0x80) {
            return NONE;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? NONE : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
