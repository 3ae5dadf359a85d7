package io.kezhi.crm.platform.file;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names from clients: kept for display and download (Chinese and emoji welcome), never used
 * for paths. Sanitising keeps the last path segment, drops control and bidirectional-override
 * characters (which can disguise "exe" as "pdf"), replaces characters that no desktop accepts, and
 * shortens to {@value StoredFile#MAX_NAME_LENGTH} characters, keeping the extension.
 */
public final class FileNames {

    private static final String FALLBACK = "file";
    private static final String NOT_ON_DESKTOPS = "<>:\"|?*";
    /** RFC 5987 attr-char besides letters and digits: these stay as they are in filename*. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private FileNames() {
    }

    static String sanitise(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (NOT_ON_DESKTOPS.indexOf(c) >= 0) {
                clean.append('_');
            } else if (!Character.isISOControl(c) && !isBidiControl(c)) {
                clean.appendCodePoint(c);
            }
        });
        String trimmed = clean.toString().strip().replaceAll("[. ]+$", "");
        return trimmed.isEmpty() ? FALLBACK : shorten(trimmed);
    }

    /** The extension, lower case, or "" when the name has none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>} (RFC 6266):
     * current browsers use the UTF-8 name, old clients get one with the other characters as "_".
     */
    public static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= StoredFile.MAX_NAME_LENGTH) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > 16 ? "" : name.substring(name.lastIndexOf('.'));
        String base = name.substring(0, name.length() - suffix.length());
        int keep = StoredFile.MAX_NAME_LENGTH - suffix.codePointCount(0, suffix.length());
        return base.substring(0, base.offsetByCodePoints(0, keep)) + suffix;
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
