package io.kezhi.crm.platform.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler of one worksheet: {@code <row r>} of {@code <c r t s>} cells holding {@code <v>}, an
 * inline {@code <is><t>} string, and for formula cells an {@code <f>}. Numbers and dates are shown
 * as Excel shows them (their number format); a formula cell is reported as an error of its cell.
 */
final class XlsxSheetHandler extends DefaultHandler {

    static final String FORMULA_CELL = "import.file.formulaCell";

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final RowCollector rows;
    private final DataFormatter formatter = new DataFormatter();

    private int rowNumber;
    private List<String> cells;
    private Map<Integer, String> errors;
    private int column;
    private String type;
    private String style;
    private boolean formula;
    private boolean collecting;
    private final StringBuilder text = new StringBuilder();

    XlsxSheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, RowCollector rows) {
        this.strings = strings;
        this.styles = styles;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
                errors = new HashMap<>();
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? cells.size() : HeaderRow.columnIndex(r);
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                formula = false;
                text.setLength(0);
            }
            case "f" -> formula = true;
            case "v", "t" -> collecting = true;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "c" -> endCell();
            case "row" -> rows.accept(rowNumber, cells, errors);
            default -> {
            }
        }
    }

    private void endCell() {
        while (cells.size() <= column) {
            cells.add("");
        }
        if (formula) {
            errors.put(column, FORMULA_CELL);
            return;
        }
        cells.set(column, value(text.toString()));
    }

    private String value(String raw) {
        if (type == null || type.equals("n")) {
            return number(raw);
        }
        return switch (type) {
            case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
            default -> raw;
        };
    }

    private String number(String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        try {
            double value = Double.parseDouble(raw);
            if (style != null && styles != null) {
                XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                if (cellStyle != null) {
                    return formatter.formatRawCellContents(value, cellStyle.getDataFormat(),
                            cellStyle.getDataFormatString());
                }
            }
            return formatter.formatRawCellContents(value, 0, "General");
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
