package io.kezhi.crm.platform.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Owns the bytes of attachments, on local disk under {@code kezhi.files.dir}:
 * {@code <tenant>/<yyyy>/<MM>/<random UUID>}. Nothing the client sends takes part in a path. A
 * file is written to a temporary file beside its final place, hashed while it is copied, and moved
 * into place atomically, so a reader never sees half a file. Callers know files only by their
 * opaque key, so another store (object storage) can take this class's place.
 */
@Component
class FileStorage {

    /** What was stored: the key to find it again, its size and its SHA-256 (hex). */
    record StoredContent(String key, long size, String sha256) {
    }

    private static final Pattern KEY = Pattern.compile("\\d+/\\d{4}/\\d{2}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private final Path root;
    private final Clock clock;

    FileStorage(FileProperties properties, Clock clock) {
        this.root = properties.dir().toAbsolutePath().normalize();
        this.clock = clock;
    }

    StoredContent store(long tenantId, InputStream content) throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String key = "%d/%04d/%02d/%s".formatted(tenantId, today.getYear(), today.getMonthValue(), UUID.randomUUID());
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            MessageDigest sha256 = sha256();
            long size;
            try (InputStream in = new DigestInputStream(content, sha256);
                    FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                size = in.transferTo(out);
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredContent(key, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    /** Removes the file; a file already gone is fine. */
    void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete stored file " + key, e);
        }
    }

    private Path pathOf(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root.resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
