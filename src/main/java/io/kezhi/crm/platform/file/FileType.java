package io.kezhi.crm.platform.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The kinds of file that may be attached, by extension: the content type they are served with and
 * how their content must begin ({@link MagicBytes}). Text types have no signature; they must
 * contain no NUL byte anywhere.
 */
enum FileType {
    PDF("pdf", "application/pdf", MagicBytes::pdf),
    PNG("png", "image/png", MagicBytes::png),
    JPG("jpg", "image/jpeg", MagicBytes::jpeg),
    JPEG("jpeg", "image/jpeg", MagicBytes::jpeg),
    GIF("gif", "image/gif", MagicBytes::gif),
    WEBP("webp", "image/webp", MagicBytes::webp),
    BMP("bmp", "image/bmp", MagicBytes::bmp),
    TXT("txt", "text/plain", null),
    CSV("csv", "text/csv", null),
    DOC("doc", "application/msword", MagicBytes::ole2),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MagicBytes::zip),
    XLS("xls", "application/vnd.ms-excel", MagicBytes::ole2),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MagicBytes::zip),
    PPT("ppt", "application/vnd.ms-powerpoint", MagicBytes::ole2),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", MagicBytes::zip),
    ZIP("zip", "application/zip", MagicBytes::zipOrEmptyZip),
    SEVEN_Z("7z", "application/x-7z-compressed", MagicBytes::sevenZip),
    RAR("rar", "application/vnd.rar", MagicBytes::rar),
    EML("eml", "message/rfc822", null),
    MSG("msg", "application/vnd.ms-outlook", MagicBytes::ole2),
    MP3("mp3", "audio/mpeg", MagicBytes::mp3),
    MP4("mp4", "video/mp4", MagicBytes::mp4),
    WAV("wav", "audio/wav", MagicBytes::wav);

    private final String extension;
    private final String contentType;
    private final Predicate<byte[]> signature;

    FileType(String extension, String contentType, Predicate<byte[]> signature) {
        this.extension = extension;
        this.contentType = contentType;
        this.signature = signature;
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    static Optional<FileType> ofExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extension.equals(wanted)).findFirst();
    }

    /** "pdf, png, jpg, ..." for messages. */
    static String allowedList() {
        return Arrays.stream(values()).map(FileType::extension).collect(Collectors.joining(", "));
    }

    /** Whether the content is of this type; reads the head, or all of a text file. */
    boolean matches(InputStream content) throws IOException {
        return signature == null ? MagicBytes.hasNoNul(content) : signature.test(content.readNBytes(MagicBytes.HEAD));
    }
}
