package io.kezhi.crm.platform;

import io.kezhi.crm.platform.file.FileNames;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Files the server generates and streams to the browser (exports, reports). */
public final class Downloads {

    private Downloads() {
    }

    /**
     * Sends the headers of a download named {@code fileName} (any characters; see
     * {@link FileNames#contentDisposition}) before the body is streamed. The headers are committed at
     * once: committing the response saves the browser session (Spring Session JDBC), which must not
     * happen later inside the read-only transaction that streams the rows.
     */
    public static void start(HttpServletResponse response, String contentType, String fileName) throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", FileNames.contentDisposition(fileName));
        response.flushBuffer();
    }
}
