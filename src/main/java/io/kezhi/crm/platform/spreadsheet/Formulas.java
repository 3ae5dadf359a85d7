package io.kezhi.crm.platform.spreadsheet;

/**
 * Spreadsheet programs run a cell starting with {@code = + - @} (and, after a tab or carriage
 * return, again) as a formula: "CSV injection". Exported text is defused with a leading apostrophe.
 */
final class Formulas {

    private Formulas() {
    }

    static boolean triggers(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static String neutralised(String cell) {
        return triggers(cell) ? "'" + cell : cell;
    }
}
