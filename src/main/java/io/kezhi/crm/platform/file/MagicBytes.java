package io.kezhi.crm.platform.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** How files of each allowed kind begin. Each test looks at the first {@link #HEAD} bytes. */
final class MagicBytes {

    static final int HEAD = 1024;

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    private static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF);
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] ZIP_ENTRY = bytes('P', 'K', 3, 4);
    private static final byte[] ZIP_EMPTY = bytes('P', 'K', 5, 6);
    private static final byte[] OLE2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    private static final byte[] SEVEN_ZIP = bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C);
    private static final byte[] RAR = bytes('R', 'a', 'r', '!', 0x1A, 0x07);

    private MagicBytes() {
    }

    /** Readers accept a little junk before the header, as long as it is within the first 1 KiB. */
    static boolean pdf(byte[] head) {
        for (int i = 0; i + PDF.length <= head.length; i++) {
            if (at(head, i, PDF)) {
                return true;
            }
        }
        return false;
    }

    static boolean png(byte[] head) {
        return at(head, 0, PNG);
    }

    static boolean jpeg(byte[] head) {
        return at(head, 0, JPEG);
    }

    static boolean gif(byte[] head) {
        return at(head, 0, ascii("GIF87a")) || at(head, 0, ascii("GIF89a"));
    }

    static boolean webp(byte[] head) {
        return at(head, 0, RIFF) && at(head, 8, ascii("WEBP"));
    }

    /** "BM" and room for the rest of the file header and the DIB header size. */
    static boolean bmp(byte[] head) {
        return at(head, 0, ascii("BM")) && head.length >= 18;
    }

    static boolean wav(byte[] head) {
        return at(head, 0, RIFF) && at(head, 8, ascii("WAVE"));
    }

    /** A zip local file header: zip archives and Office Open XML (docx, xlsx, pptx). */
    static boolean zip(byte[] head) {
        return at(head, 0, ZIP_ENTRY);
    }

    /** A zip archive, or an empty one (only the end-of-central-directory record). */
    static boolean zipOrEmptyZip(byte[] head) {
        return zip(head) || at(head, 0, ZIP_EMPTY);
    }

    /** OLE2 compound document: legacy Office files and Outlook messages. */
    static boolean ole2(byte[] head) {
        return at(head, 0, OLE2);
    }

    static boolean sevenZip(byte[] head) {
        return at(head, 0, SEVEN_ZIP);
    }

    /** RAR 4 ({@code Rar!\x1A\x07\x00}) and RAR 5 ({@code Rar!\x1A\x07\x01\x00}). */
    static boolean rar(byte[] head) {
        return at(head, 0, RAR);
    }

    /** An ID3 tag, or straight into an MPEG audio frame (11 sync bits). */
    static boolean mp3(byte[] head) {
        return at(head, 0, ascii("ID3")) || head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0;
    }

    /** ISO base media file: the first box is {@code ftyp}. */
    static boolean mp4(byte[] head) {
        return at(head, 4, ascii("ftyp"));
    }

    /** Text: no NUL byte anywhere (reads the whole stream). */
    static boolean hasNoNul(InputStream content) throws IOException {
        byte[] buffer = new byte[8192];
        int n;
        while ((n = content.read(buffer)) >= 0) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean at(byte[] data, int offset, byte[] expected) {
        return data.length >= offset + expected.length
                && Arrays.equals(data, offset, offset + expected.length, expected, 0, expected.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
