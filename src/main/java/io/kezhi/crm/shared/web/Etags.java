package io.kezhi.crm.shared.web;

import io.kezhi.crm.shared.error.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Optimistic locking over HTTP: a record's {@code version} is its ETag; an update must send it back
 * in {@code If-Match} (or as {@code version} in the body) and gets 409 when it is stale.
 */
public final class Etags {

    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().header(HttpHeaders.ETAG, of(version)).body(body);
    }

    /** The version the client expects, from If-Match or the body; 428 when there is neither. */
    public static long expectedVersion(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String value = ifMatch.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            value = value.replace("\"", "");
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw ApiException.invalidField("If-Match", "validation.badValue");
            }
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw ApiException.versionRequired();
    }

    /** 409 unless the record still has the version the client read. */
    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw ApiException.staleVersion();
        }
    }
}
