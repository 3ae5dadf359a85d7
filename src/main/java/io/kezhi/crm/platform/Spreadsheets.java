package io.kezhi.crm.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reading and writing tables as CSV or Excel (xlsx), for imports and exports. Reading streams row
 * by row (never a whole workbook in memory), tells the format by content, not by name, and finds
 * the encoding of CSV files (UTF-8 with or without BOM, else GB18030/GBK as Excel saves them in
 * China). Problems with the file as a whole are {@link io.kezhi.crm.shared.error.ApiException}s
 * naming the field {@code file}; problems with one cell (a formula) are reported on its row.
 * Writing neutralises spreadsheet formulas, so exported data can never run as one.
 */
public interface Spreadsheets {

    enum Format {
        CSV, XLSX;

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String contentType() {
            return this == CSV ? "text/csv;charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }

        /** The most data rows a file can hold below its header: Excel's 1,048,576 rows per sheet; CSV has no limit. */
        public long maxDataRows() {
            return this == XLSX ? 1_048_575 : Long.MAX_VALUE;
        }
    }

    /**
     * @param encoding a CSV encoding chosen by the user instead of the detected one (null: detect)
     * @param maxRows  the most data rows accepted (null: {@code kezhi.import.max-rows})
     */
    record ReadOptions(Charset encoding, Integer maxRows) {

        public static ReadOptions detect() {
            return new ReadOptions(null, null);
        }
    }

    /**
     * One data row.
     *
     * @param number     the row number a spreadsheet program shows (the header is row 1)
     * @param values     cell texts, one per header column ("" when empty)
     * @param cellErrors message keys of cells that cannot be read, by column index (formula cells)
     */
    record SheetRow(int number, List<String> values, Map<Integer, String> cellErrors) {
    }

    /**
     * What a read found.
     *
     * @param encoding the CSV encoding used (null for xlsx)
     * @param rows     data rows (blank rows not counted)
     */
    record SheetSummary(Format format, String encoding, List<String> headers, int rows) {
    }

    /** Reads the header and hands each non-blank data row to {@code rows}, in order. */
    SheetSummary read(Path file, ReadOptions options, Consumer<SheetRow> rows);

    /** Checks the file's size against {@code kezhi.import.max-size} (413 naming {@code file}). */
    void checkSize(long bytes);

    /**
     * Writes a header and rows; cells starting with {@code = + - @}, tab or carriage return get a
     * leading apostrophe in CSV, and are plain text cells in xlsx. CSV is UTF-8 with a BOM so that
     * Excel shows Chinese correctly. The stream is flushed, not closed.
     */
    void write(Format format, List<String> headers, Stream<List<String>> rows, OutputStream out) throws IOException;
}
