package io.kezhi.crm.platform.spreadsheet;

import io.kezhi.crm.shared.error.ApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The header row as column names: trimmed, blank columns at the end dropped, a blank one in between
 * named by its column letter (C), the same name twice refused.
 */
final class HeaderRow {

    private HeaderRow() {
    }

    static List<String> of(List<String> cells) {
        int last = cells.size() - 1;
        while (last >= 0 && clean(cells.get(last)).isEmpty()) {
            last--;
        }
        if (last < 0) {
            throw ApiException.invalidField(FileSniffing.FIELD, "import.file.noHeader");
        }
        List<String> headers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i <= last; i++) {
            String name = clean(cells.get(i));
            if (name.isEmpty()) {
                name = columnLetters(i);
            }
            if (!seen.add(name)) {
                throw ApiException.invalidField(FileSniffing.FIELD, "import.file.duplicateHeader", name);
            }
            headers.add(name);
        }
        return List.copyOf(headers);
    }

    /** A, B, ... Z, AA, AB ... */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    /** The column index of a cell reference such as {@code AB12}. */
    static int columnIndex(String cellReference) {
        int index = 0;
        for (int i = 0; i < cellReference.length(); i++) {
            char c = cellReference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.strip().replace("\uFEFF", "");
    }
}
