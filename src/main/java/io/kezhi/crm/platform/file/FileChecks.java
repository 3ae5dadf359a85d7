package io.kezhi.crm.platform.file;

import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What an upload must pass before it is stored, each refusal naming the field {@code file}: not
 * empty, not above {@code kezhi.files.max-size} (413), an allowed extension, and content that is
 * what the extension says (so an .exe renamed .pdf is refused).
 */
@Component
class FileChecks {

    static final String FIELD = "file";

    private final DataSize maxSize;

    FileChecks(FileProperties properties) {
        this.maxSize = properties.maxSize();
    }

    /** The file's type, derived from the (sanitised) name and confirmed by the content. */
    FileType check(String fileName, long size, InputStreamSource content) {
        if (size <= 0) {
            throw ApiException.invalidField(FIELD, "file.empty");
        }
        if (size > maxSize.toBytes()) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.tooLargeBody",
                    List.of(new FieldViolation(FIELD, "file.tooLarge", readable(maxSize))));
        }
        String extension = FileNames.extension(fileName);
        if (extension.isEmpty()) {
            throw ApiException.invalidField(FIELD, "file.noExtension", FileType.allowedList());
        }
        FileType type = FileType.ofExtension(extension).orElseThrow(() -> ApiException.invalidField(FIELD,
                "file.typeNotAllowed", extension, FileType.allowedList()));
        if (!matches(type, content)) {
            throw ApiException.invalidField(FIELD, "file.contentMismatch", extension);
        }
        return type;
    }

    private static boolean matches(FileType type, InputStreamSource content) {
        try (InputStream in = content.getInputStream()) {
            return type.matches(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    /** 20 MB, 512 KB, 1000 B. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " B";
    }
}
