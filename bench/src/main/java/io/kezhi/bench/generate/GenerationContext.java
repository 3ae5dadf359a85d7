package io.kezhi.bench.generate;

import io.kezhi.bench.api.ApiClient;
import io.kezhi.bench.db.Database;
import java.util.HashMap;
import java.util.Map;

/** What the steps share: the options, the database, the application and what earlier steps made. */
public final class GenerationContext {

    private final GeneratorOptions options;
    private final Database database;
    private final Map<Class<?>, Object> results = new HashMap<>();

    public GenerationContext(GeneratorOptions options, Database database) {
        this.options = options;
        this.database = database;
    }

    public GeneratorOptions options() {
        return options;
    }

    public Database database() {
        return database;
    }

    /** A new, not yet signed-in session with the application. */
    public ApiClient api() {
        return new ApiClient(options.appUrl());
    }

    public <T> void put(Class<T> type, T result) {
        results.put(type, result);
    }

    /** What an earlier step left, e.g. {@code context.get(Organisation.class)}. */
    public <T> T get(Class<T> type) {
        Object result = results.get(type);
        if (result == null) {
            throw new IllegalStateException(type.getSimpleName() + " is made by an earlier step that did not run");
        }
        return type.cast(result);
    }
}
