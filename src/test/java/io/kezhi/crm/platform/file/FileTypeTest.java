package io.kezhi.crm.platform.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each allowed type recognises its own kind of content and refuses an executable. */
class FileTypeTest {

    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    @Test
    void everyTypeKnowsItsMagicBytes() throws IOException {
        Map<FileType, byte[]> samples = new EnumMap<>(FileType.class);
        samples.put(FileType.PDF, ascii("%PDF-1.4\n"));
        samples.put(FileType.PNG, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13));
        samples.put(FileType.JPG, bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F'));
        samples.put(FileType.JPEG, samples.get(FileType.JPG));
        samples.put(FileType.GIF, ascii("GIF89a\u0001\u0000"));
        samples.put(FileType.WEBP, ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "));
        samples.put(FileType.BMP, Arrays.copyOf(ascii("BM"), 54));
        samples.put(FileType.TXT, "普通文本\n".getBytes(StandardCharsets.UTF_8));
        samples.put(FileType.CSV, ascii("a,b\n1,2\n"));
        byte[] ole2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0);
        byte[] zip = bytes('P', 'K', 3, 4, 20, 0, 6, 0);
        samples.put(FileType.DOC, ole2);
        samples.put(FileType.XLS, ole2);
        samples.put(FileType.PPT, ole2);
        samples.put(FileType.MSG, ole2);
        samples.put(FileType.DOCX, zip);
        samples.put(FileType.XLSX, zip);
        samples.put(FileType.PPTX, zip);
        samples.put(FileType.ZIP, zip);
        samples.put(FileType.SEVEN_Z, bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4));
        samples.put(FileType.RAR, bytes('R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00));
        samples.put(FileType.EML, ascii("From: a@example.com\r\nSubject: hi\r\n\r\nbody"));
        samples.put(FileType.MP3, ascii("ID3\u0004\u0000"));
        samples.put(FileType.MP4, bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'));
        samples.put(FileType.WAV, ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt "));
        assertThat(samples.keySet()).containsExactlyInAnyOrder(FileType.values());
        for (FileType type : FileType.values()) {
            assertThat(type.matches(new ByteArrayInputStream(samples.get(type)))).as("%s sample", type).isTrue();
            assertThat(type.matches(new ByteArrayInputStream(EXE))).as("%s refuses an exe", type).isFalse();
        }
        assertThat(FileType.ZIP.matches(new ByteArrayInputStream(bytes('P', 'K', 5, 6, 0, 0)))).as("empty zip")
                .isTrue();
        assertThat(FileType.MP3.matches(new ByteArrayInputStream(bytes(0xFF, 0xFB, 0x90, 0x64)))).as("bare frame")
                .isTrue();
        assertThat(FileType.PNG.matches(new ByteArrayInputStream(new byte[0]))).isFalse();
    }

    @Test
    void theContentTypeComesFromTheExtension() {
        assertThat(FileType.ofExtension("PDF")).contains(FileType.PDF);
        assertThat(FileType.ofExtension("exe")).isEmpty();
        assertThat(FileType.JPEG.contentType()).isEqualTo("image/jpeg");
        assertThat(FileType.XLSX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
