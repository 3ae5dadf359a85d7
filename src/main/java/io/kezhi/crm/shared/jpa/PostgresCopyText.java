package io.kezhi.crm.shared.jpa;

/**
 * Values in PostgreSQL's {@code COPY} text format: {@code \N} for null, {@code t}/{@code f},
 * numbers and ISO timestamps as they print, text with backslash, tab, newline and carriage return
 * escaped.
 */
final class PostgresCopyText {

    private PostgresCopyText() {
    }

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (value instanceof Number || value instanceof java.time.temporal.TemporalAccessor) {
            out.append(value);
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
    }
}
