package io.kezhi.crm.shared.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. Without {@code kezhi.database.url} (env {@code KEZHI_DATABASE_URL}) Kezhi
 * starts its own embedded PostgreSQL with the data in {@code embedded.data-dir}.
 */
@ConfigurationProperties("kezhi.database")
public record DatabaseProperties(String url, String username, String password, @DefaultValue Embedded embedded) {

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }

    /**
     * @param dataDir     PostgreSQL data directory, kept between runs
     * @param binariesDir where the PostgreSQL binaries are unpacked
     * @param port        TCP port of the embedded server, 0 for any free port
     * @param clean       wipe the data at start and stop (for tests)
     */
    public record Embedded(
            @DefaultValue("./data/pg") Path dataDir,
            @DefaultValue("./data/pg-runtime") Path binariesDir,
            @DefaultValue("0") int port,
            @DefaultValue("false") boolean clean) {
    }
}
