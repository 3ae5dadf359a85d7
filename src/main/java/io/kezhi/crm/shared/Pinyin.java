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
 * readings the most common is taken.
 */
public final class Pinyin {

    /** Full pinyin and initials, both lower-case without separators. */
    public record Spelling(String full, String initials) {
    }

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

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
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
