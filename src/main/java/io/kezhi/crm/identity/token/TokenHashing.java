package io.kezhi.crm.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Token format {@code kz_} + 40 random URL-safe characters; stored as SHA-256 hex. */
final class TokenHashing {

    static final String PREFIX = "kz_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHashing() {
    }

    static String newToken() {
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String displayPrefix(String token) {
        return token.substring(0, Math.min(11, token.length()));
    }
}
