package io.kezhi.crm.customer.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * The copy of a customer's tags on its own row ({@code customer.tag_digests}, {@code V2_31}) that
 * PostgreSQL's customer lists test a tag filter on: each tag as the first 16 hex digits of its MD5,
 * sorted, each between spaces (重点客户 and VIP: {@code " 2890f55fe88695cb 5a11e0bd65af4274 "}), null
 * without tags. Carried in the owner and department indexes ({@code V2_33}), it lets a department's tag
 * filter be tested on the index entries it reads anyway, where the tag's own rows had to be hashed
 * first (78k of them for a common tag, benchmark data). Digests rather than the tags themselves keep an
 * index entry small whatever the tags are (20 tags of 32 Chinese characters would be 1,920 bytes of a
 * btree entry's 2,704), and need no separator that a tag may not contain; two tags of one company
 * sharing 64 bits of MD5 is the price, beyond any real company's count of tags. {@code customer_tag}
 * stays the record: the copy is written wherever tags are (the entity, the import, the migration).
 */
public final class TagDigests {

    private TagDigests() {
    }

    /** The copy of these tags, or null when there are none. */
    public static String of(Collection<String> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        return tags.stream().map(TagDigests::digest).distinct().sorted()
                .collect(Collectors.joining(" ", " ", " "));
    }

    /** What a copy holds when the customer has {@code tag}: its digest between spaces. */
    public static String needle(String tag) {
        return " " + digest(tag) + " ";
    }

    /** The first 16 hex digits of the MD5 of the tag's UTF-8 bytes, as SQL's {@code left(md5(tag), 16)}. */
    static String digest(String tag) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(tag.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md5, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
