package io.kezhi.crm.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The encoding of a CSV file: UTF-8 (with or without a byte-order mark) when the whole file decodes
 * strictly as UTF-8, else GB18030 (a superset of GBK, what Excel writes on Chinese Windows) when it
 * decodes strictly as that; otherwise none. Decoding is streamed, so huge files cost no memory.
 */
final class CsvEncodings {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvEncodings() {
    }

    static Optional<Charset> detect(Path file) throws IOException {
        if (decodesStrictly(file, StandardCharsets.UTF_8)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (decodesStrictly(file, GB18030)) {
            return Optional.of(GB18030);
        }
        return Optional.empty();
    }

    /** Whether the file starts with the UTF-8 byte-order mark. */
    static boolean hasBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2];
        }
    }

    /** A reader of the file's text, after the BOM if there is one; strict decoding reports bad bytes. */
    static Reader open(Path file, Charset charset, boolean strict) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (charset.equals(StandardCharsets.UTF_8) && hasBom(file)) {
            in.skipNBytes(3);
        }
        CodingErrorAction action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(action)
                .onUnmappableCharacter(action));
    }

    private static boolean decodesStrictly(Path file, Charset charset) throws IOException {
        char[] buffer = new char[16384];
        try (Reader reader = open(file, charset, true)) {
            while (reader.read(buffer) >= 0) {
                // reading is the test
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
