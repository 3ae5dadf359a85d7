package io.kezhi.crm.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kezhi.crm.platform.Spreadsheets;
import io.kezhi.crm.shared.error.ApiException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Reading CSV and xlsx by content, encodings, limits, formula cells; writing with formulas defused. */
class SpreadsheetFilesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    private final SpreadsheetFiles sheets = new SpreadsheetFiles(new SpreadsheetLimits(3, DataSize.ofKilobytes(64)));

    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        Path path = Files.createTempFile(dir, "upload", ".bin");
        Files.write(path, content);
        return path;
    }

    private record Read(Spreadsheets.SheetSummary summary, List<Spreadsheets.SheetRow> rows) {
    }

    private Read read(byte[] content, Charset override) throws IOException {
        List<Spreadsheets.SheetRow> rows = new ArrayList<>();
        Spreadsheets.SheetSummary summary = sheets.read(file(content),
                new Spreadsheets.ReadOptions(override, null), rows::add);
        return new Read(summary, rows);
    }

    private String problem(byte[] content) {
        try {
            read(content, null);
        } catch (ApiException e) {
            return e.violations().get(0).messageKey();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problem reported");
    }

    @Test
    void utf8WithBomIsReadAndTheBomIsNotPartOfTheFirstHeader() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "客户名称,电话\n杭州天意华科技,13800138000\n\n\"上海, 有限公司\",\n".getBytes(StandardCharsets.UTF_8);
        Read read = read(concat(bom, text), null);
        assertThat(read.summary().format()).isEqualTo(Spreadsheets.Format.CSV);
        assertThat(read.summary().encoding()).isEqualTo("UTF-8");
        assertThat(read.summary().headers()).containsExactly("客户名称", "电话");
        assertThat(read.rows()).extracting(Spreadsheets.SheetRow::number).containsExactly(2, 4);
        assertThat(read.rows().get(1).values()).containsExactly("上海, 有限公司", "");
    }

    @Test
    void gbkFromExcelIsDetectedAndAnOverrideIsHonoured() throws IOException {
        byte[] gbk = "客户名称\t电话\n北京龙腾商贸\t010-12345678\n".getBytes(Charset.forName("GB18030"));
        Read read = read(gbk, null);
        assertThat(read.summary().encoding()).isEqualTo("GB18030");
        assertThat(read.summary().headers()).containsExactly("客户名称", "电话");
        assertThat(read.rows().get(0).values()).containsExactly("北京龙腾商贸", "010-12345678");
        Read forced = read(gbk, StandardCharsets.UTF_8);
        assertThat(forced.summary().encoding()).isEqualTo("UTF-8");
        assertThat(forced.summary().headers().get(0)).isNotEqualTo("客户名称");
    }

    @Test
    void xlsxIsStreamedWithNumbersAsShownAndFormulaCellsReported() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "名称", "电话", "积分");
            Row data = row(sheet, 1, "甲公司");
            data.createCell(1).setCellValue(13800138000d);
            data.createCell(2).setCellFormula("1+1");
            row(sheet, 3, "乙公司", "", "5");
        });
        Read read = read(xlsx, null);
        assertThat(read.summary().format()).isEqualTo(Spreadsheets.Format.XLSX);
        assertThat(read.summary().encoding()).isNull();
        assertThat(read.rows()).hasSize(2);
        assertThat(read.rows().get(0).values()).containsExactly("甲公司", "13800138000", "");
        assertThat(read.rows().get(0).cellErrors()).containsEntry(2, "import.file.formulaCell");
        assertThat(read.rows().get(1).number()).isEqualTo(4);
    }

    @Test
    void whatIsNotASpreadsheetIsRefusedByContent() throws IOException {
        assertThat(problem(PNG)).isEqualTo("import.file.notSpreadsheet");
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertThat(problem(random)).isEqualTo("import.file.notSpreadsheet");
        assertThat(problem(new byte[] {'P', 'K', 3, 4, 1, 2, 3})).isEqualTo("import.file.notSpreadsheet");
        assertThat(problem(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0})).isEqualTo("import.file.legacyXls");
    }

    @Test
    void emptyHeaderOnlyDuplicateHeadersAndTooManyRowsAreNamed() throws IOException {
        assertThat(problem(new byte[0])).isEqualTo("import.file.empty");
        assertThat(problem("名称,电话\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.file.noRows");
        assertThat(problem(",,\na,b,c\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.file.noHeader");
        assertThat(problem("名称,名称\na,b\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.file.duplicateHeader");
        assertThat(problem("名称\na\nb\nc\nd\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.file.tooManyRows");
        assertThat(problem(new byte[70 * 1024])).isEqualTo("import.file.tooLarge");
        assertThat(problem("名称\n\"unclosed\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.file.badCsv");
    }

    @Test
    void csvIsWrittenWithBomAndFormulasDefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.write(Spreadsheets.Format.CSV, List.of("名称", "备注"),
                Stream.of(List.of("=HYPERLINK(\"x\")", "+1"), List.of("@SUM(A1)", "-2"), List.of("普通", "a=b")), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("名称,备注\r\n\"'=HYPERLINK(\"\"x\"\")\",'+1\r\n'@SUM(A1),'-2\r\n普通,a=b\r\n");
    }

    @Test
    void xlsxIsWrittenAsTextCellsOnly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.write(Spreadsheets.Format.XLSX, List.of("名称", "备注"),
                Stream.of(List.of("=1+1", "普通"), List.of("乙", "")), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            Cell cell = sheet.getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=1+1");
            assertThat(sheet.getRow(2).getCell(1)).isNull();
        }
    }

    private interface SheetBuilder {
        void build(Sheet sheet);
    }

    static byte[] workbook(SheetBuilder builder) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            builder.build(workbook.createSheet("客户"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
        return row;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

}
