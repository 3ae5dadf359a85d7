package io.kezhi.bench.db;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Rows in PostgreSQL's COPY text format (tab-separated, \N for null), encoded to UTF-8 when complete. */
final class CopyBuffer extends TableBuffer {

    private StringBuilder text = new StringBuilder(1 << 16);
    private byte[] bytes;

    CopyBuffer(Table table) {
        super(table);
    }

    @Override
    void append(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            appendValue(values[i]);
        }
        text.append('\n');
    }

    private void appendValue(Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            escape(s);
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof Instant instant) {
            text.append(instant); // ISO-8601 in UTC ("...Z"), read as timestamptz
        } else {
            text.append(value);
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    @Override
    public void complete() {
        bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        text = null;
    }

    byte[] bytes() {
        if (bytes == null) {
            complete();
        }
        return bytes;
    }
}
