package io.kezhi.bench.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statements out of a PostgreSQL server log written with {@code log_line_prefix = '%m [%p] %q%u@%d '}
 * and {@code log_min_duration_statement = 0}: "duration: X ms  execute NAME: SQL" (extended protocol, its
 * values on the following "DETAIL:  parameters: $1 = '...', ..." line) and "duration: X ms  statement: SQL"
 * (simple protocol). Parse and bind lines are skipped; lines that continue a message (starting with a
 * tab, or inside a quoted parameter value) are joined to it.
 */
public final class PostgresLogParser {

    private static final Pattern LINE = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)? \\S+ \\[(\\d+)\\] (?:(\\S*)@(\\S*) )?([A-Z]+):  (.*)$");
    private static final Pattern DURATION = Pattern.compile(
            "^duration: ([\\d.]+) ms  (execute [^:]*|statement): (.*)$", Pattern.DOTALL);

    private record Message(int pid, String database, String level, String text) {
    }

    private PostgresLogParser() {
    }

    public static List<LoggedStatement> parse(List<String> lines) {
        List<LoggedStatement> statements = new ArrayList<>();
        LoggedStatement pending = null;
        for (Message m : messages(lines)) {
            if (m.level().equals("DETAIL") && m.text().startsWith("parameters: ") && pending != null
                    && pending.pid() == m.pid()) {
                pending = new LoggedStatement(pending.pid(), pending.database(), pending.sql(),
                        parameters(m.text().substring("parameters: ".length())), pending.millis());
                continue;
            }
            if (pending != null) {
                statements.add(pending);
                pending = null;
            }
            if (m.level().equals("LOG")) {
                Matcher d = DURATION.matcher(m.text());
                if (d.matches()) {
                    pending = new LoggedStatement(m.pid(), m.database(), d.group(3), List.of(),
                            Double.parseDouble(d.group(1)));
                }
            }
        }
        if (pending != null) {
            statements.add(pending);
        }
        return statements;
    }

    private static List<Message> messages(List<String> lines) {
        List<Message> messages = new ArrayList<>();
        StringBuilder text = null;
        Matcher head = null;
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                if (text != null) {
                    messages.add(message(head, text));
                }
                head = m;
                text = new StringBuilder(m.group(5));
            } else if (text != null) {
                text.append('\n').append(line.startsWith("\t") ? line.substring(1) : line);
            }
        }
        if (text != null) {
            messages.add(message(head, text));
        }
        return messages;
    }

    private static Message message(Matcher head, StringBuilder text) {
        String database = head.group(3) == null ? "" : head.group(3); // none for background processes
        return new Message(Integer.parseInt(head.group(1)), database, head.group(4), text.toString());
    }

    /** {@code $1 = '951', $2 = NULL, $3 = 'it''s'} to ["951", null, "it's"], in placeholder order. */
    static List<String> parameters(String text) {
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int eq = text.indexOf(" = ", i);
            if (eq < 0) {
                break;
            }
            int index = Integer.parseInt(text.substring(text.lastIndexOf('$', eq) + 1, eq).trim());
            i = eq + 3;
            String value;
            if (text.startsWith("NULL", i)) {
                value = null;
                i += 4;
            } else {
                StringBuilder b = new StringBuilder();
                i++; // opening quote
                while (i < text.length()) {
                    char c = text.charAt(i);
                    if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        b.append('\'');
                        i += 2;
                    } else if (c == '\'') {
                        i++;
                        break;
                    } else {
                        b.append(c);
                        i++;
                    }
                }
                value = b.toString();
            }
            while (values.size() < index) {
                values.add(null);
            }
            values.set(index - 1, value);
            i = text.indexOf('$', i);
            if (i < 0) {
                break;
            }
        }
        return values;
    }
}
