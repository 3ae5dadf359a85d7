package io.kezhi.crm.platform.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Client file names: kept for people, useless for paths and tricks. */
class FileNamesTest {

    @Test
    void onlyTheLastPathSegmentIsKept() {
        assertThat(FileNames.sanitise("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(FileNames.sanitise("C:\\Users\\王五\\桌面\\报价.xlsx")).isEqualTo("报价.xlsx");
        assertThat(FileNames.sanitise("..")).isEqualTo("file");
        assertThat(FileNames.sanitise(null)).isEqualTo("file");
    }

    @Test
    void controlAndBidiCharactersAreDropped() {
        // U+202E turns "invoice\u202Efdp.exe" into what looks like "invoiceexe.pdf"
        assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.extension(FileNames.sanitise("invoice\u202Efdp.exe"))).isEqualTo("exe");
        assertThat(FileNames.sanitise("a\u0000b\r\n.pdf")).isEqualTo("ab.pdf");
        assertThat(FileNames.sanitise("问题<1>?.txt")).isEqualTo("问题_1__.txt");
    }

    @Test
    void chineseAndEmojiStayAndLongNamesKeepTheirExtension() {
        assertThat(FileNames.sanitise("家庭👨‍👩‍👧合影.jpg")).isEqualTo("家庭👨‍👩‍👧合影.jpg");
        String longName = "😀".repeat(300) + ".docx";
        String shortened = FileNames.sanitise(longName);
        assertThat(shortened.codePointCount(0, shortened.length())).isEqualTo(255);
        assertThat(shortened).endsWith("😀.docx");
    }

    @Test
    void contentDispositionHasAnAsciiFallbackAndTheUtf8Name() {
        assertThat(FileNames.contentDisposition("a \"b\".pdf"))
                .isEqualTo("attachment; filename=\"a _b_.pdf\"; filename*=UTF-8''a%20%22b%22.pdf");
        assertThat(FileNames.contentDisposition("合同.pdf"))
                .isEqualTo("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E5%90%88%E5%90%8C.pdf");
    }
}
