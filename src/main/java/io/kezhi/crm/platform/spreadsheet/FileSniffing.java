package io.kezhi.crm.platform.spreadsheet;

import io.kezhi.crm.platform.Spreadsheets;
import io.kezhi.crm.shared.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Tells CSV from xlsx by the first bytes of the file, and refuses everything else. */
final class FileSniffing {

    static final String FIELD = "file";
    private static final int HEAD = 8192;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private FileSniffing() {
    }

    static Spreadsheets.Format formatOf(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (head.length == 0) {
            throw ApiException.invalidField(FIELD, "import.file.empty");
        }
        if (startsWith(head, ZIP)) {
            return Spreadsheets.Format.XLSX;
        }
        if (startsWith(head, OLE2)) {
            throw ApiException.invalidField(FIELD, "import.file.legacyXls");
        }
        if (!looksLikeText(head)) {
            throw ApiException.invalidField(FIELD, "import.file.notSpreadsheet");
        }
        return Spreadsheets.Format.CSV;
    }

    /** Text has no control characters besides tab, line breaks, form feed (and UTF-16 has NULs: refused). */
    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
