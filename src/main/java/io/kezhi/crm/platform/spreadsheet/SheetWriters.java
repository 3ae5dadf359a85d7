package io.kezhi.crm.platform.spreadsheet;

import io.kezhi.crm.platform.Spreadsheets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as streams: CSV row by row, xlsx through POI's SXSSF, which keeps only a window of
 * rows in memory and spills the rest to a compressed temporary file.
 */
final class SheetWriters {

    private static final int WINDOW = 200;

    private SheetWriters() {
    }

    static void csv(List<String> headers, Stream<List<String>> rows, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(headers.stream().map(Formulas::neutralised));
        Iterator<List<String>> it = rows.iterator();
        while (it.hasNext()) {
            printer.printRecord(it.next().stream().map(Formulas::neutralised));
        }
        printer.flush();
        writer.flush();
    }

    /** Every cell a string cell: text is never read as a formula, whatever it starts with. */
    static void xlsx(List<String> headers, Stream<List<String>> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet();
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int index = 1;
            Iterator<List<String>> it = rows.iterator();
            while (it.hasNext()) {
                if (index > Spreadsheets.Format.XLSX.maxDataRows()) {
                    throw new IllegalStateException("More rows than an xlsx sheet holds: check before writing");
                }
                List<String> values = it.next();
                Row row = sheet.createRow(index++);
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i);
                    if (value != null && !value.isEmpty()) {
                        row.createCell(i).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
