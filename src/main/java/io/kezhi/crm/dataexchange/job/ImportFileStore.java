package io.kezhi.crm.dataexchange.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files, in a private directory outside the web resources
 * ({@code kezhi.import.dir}, default {@code ./data/imports}): {@code <tenant>/<random UUID>}.
 * Nothing the client sends takes part in a path. A file lives until its job is done or discarded.
 */
@Component
class ImportFileStore {

    private static final Pattern KEY = Pattern.compile("\\d+/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private final Path root;

    ImportFileStore(@Value("${kezhi.import.dir:./data/imports}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    String store(long tenantId, InputStream content) {
        String key = tenantId + "/" + UUID.randomUUID();
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try (InputStream in = content) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the import file", e);
        }
        return key;
    }

    Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not an import file key: " + key);
        }
        return root.resolve(key);
    }

    /** Removes the file; one already gone is fine. */
    void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete import file " + key, e);
        }
    }
}
