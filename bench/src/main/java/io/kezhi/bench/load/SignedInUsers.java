package io.kezhi.bench.load;

import static io.gatling.javaapi.core.CoreDsl.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The sessions the sign-in scenario left in {@code sessions.csv} (login, scope, customers in scope,
 * session cookie, CSRF token), as feeders: all of them, or only those of one scope. The rows are
 * shuffled with a fixed seed and fed in a circle, so a run meets the users in the same order.
 */
public final class SignedInUsers {

    public static final String FILE = "sessions.csv";

    private SignedInUsers() {
    }

    public static List<Map<String, Object>> all() {
        List<Map<String, Object>> rows = new ArrayList<>(
                csv(BenchSettings.feeders().resolve(FILE).toString()).readRecords());
        if (rows.isEmpty()) {
            throw new IllegalStateException("no signed-in users in " + FILE + ": run the sign-in scenario first");
        }
        Collections.shuffle(rows, new Random(42));
        return rows;
    }

    public static List<Map<String, Object>> ofScope(String scope) {
        List<Map<String, Object>> rows = all().stream().filter(r -> scope.equals(r.get("scope"))).toList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("no signed-in user with scope " + scope);
        }
        return rows;
    }
}
