package io.kezhi.crm.platform.spreadsheet;

import io.kezhi.crm.platform.Spreadsheets;
import io.kezhi.crm.shared.error.ApiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Between a format's reader and the caller: the first row is the header, blank rows are skipped,
 * every data row gets one value per header column, and the row limit is enforced.
 */
final class RowCollector {

    private final int maxRows;
    private final Consumer<Spreadsheets.SheetRow> consumer;
    private List<String> headers;
    private int rows;

    RowCollector(int maxRows, Consumer<Spreadsheets.SheetRow> consumer) {
        this.maxRows = maxRows;
        this.consumer = consumer;
    }

    void accept(int number, List<String> cells, Map<Integer, String> cellErrors) {
        if (headers == null) {
            headers = HeaderRow.of(cells);
            return;
        }
        boolean blank = cellErrors.isEmpty() && cells.stream().allMatch(c -> c == null || c.isBlank());
        if (blank) {
            return;
        }
        rows++;
        if (rows > maxRows) {
            throw ApiException.invalidField(FileSniffing.FIELD, "import.file.tooManyRows", maxRows);
        }
        List<String> values = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            String cell = i < cells.size() ? cells.get(i) : null;
            values.add(cell == null ? "" : cell.strip());
        }
        Map<Integer, String> errors = new HashMap<>();
        cellErrors.forEach((column, key) -> {
            if (column < headers.size()) {
                errors.put(column, key);
            }
        });
        consumer.accept(new Spreadsheets.SheetRow(number, List.copyOf(values), Map.copyOf(errors)));
    }

    /** The header; 400 when the file had no row at all, or no data row. */
    List<String> headers() {
        if (headers == null) {
            throw ApiException.invalidField(FileSniffing.FIELD, "import.file.empty");
        }
        if (rows == 0) {
            throw ApiException.invalidField(FileSniffing.FIELD, "import.file.noRows");
        }
        return headers;
    }

    int rows() {
        return rows;
    }
}
