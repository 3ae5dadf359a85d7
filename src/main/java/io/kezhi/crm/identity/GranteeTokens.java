package io.kezhi.crm.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How a record's copy of its grantees is written ({@link ShareGrantees}): a token per grantee, {@code u}
 * and a user's id or {@code d} and a department's id, space-separated, departments before users and each
 * by id ({@code "d1051 u1556"}), as the migrations that filled the copy wrote it. Plain code, so that the
 * benchmark's generator writes the copy exactly so.
 */
public final class GranteeTokens {

    /** Departments before users, each by id. */
    private static final Comparator<String> ORDER = Comparator.<String, Character>comparing(t -> t.charAt(0))
            .thenComparingLong(t -> Long.parseLong(t.substring(1)));

    private GranteeTokens() {
    }

    /** The token of one grantee; {@code granteeType} as {@code record_share} holds it. */
    public static String of(String granteeType, long granteeId) {
        return switch (granteeType) {
            case "USER" -> "u" + granteeId;
            case "DEPARTMENT" -> "d" + granteeId;
            default -> throw new IllegalArgumentException("Unknown grantee type " + granteeType);
        };
    }

    /** The copy for these tokens, each once and in order; null when there are none (no shares). */
    public static String copy(Collection<String> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        TreeSet<String> ordered = new TreeSet<>(ORDER);
        ordered.addAll(tokens);
        return String.join(" ", ordered);
    }

    /** The tokens through which a user is reached: the user, their department and those above it. */
    static List<String> reaching(long userId, List<Long> departmentAndAncestors) {
        return Stream.concat(Stream.of(of("USER", userId)),
                departmentAndAncestors.stream().map(d -> of("DEPARTMENT", d))).toList();
    }
}
