package io.kezhi.crm.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the embedded PostgreSQL 17 that Kezhi uses when no external database is configured.
 * PostgreSQL refuses to run as root; when this JVM is root, zonky runs {@code initdb} and
 * {@code pg_ctl} in a fresh user namespace ({@code unshare -U}) by itself.
 */
public final class EmbeddedPostgresLauncher {

    private EmbeddedPostgresLauncher() {
    }

    /**
     * Starts PostgreSQL with its data in {@code dataDir}.
     *
     * @param binariesDir where zonky unpacks the PostgreSQL binaries
     * @param clean       wipe the data directory before start and after stop (tests)
     * @param port        TCP port, or 0 for any free port
     */
    public static EmbeddedPostgres start(Path dataDir, Path binariesDir, boolean clean, int port) {
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(binariesDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binariesDir.toFile())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("synchronous_commit", clean ? "off" : "on")
                    .setServerConfig("listen_addresses", "localhost");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }
}
