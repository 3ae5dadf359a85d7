package io.kezhi.crm.identity.login;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * A company's optional list of addresses allowed to sign in: IPv4/IPv6 addresses or CIDR ranges,
 * one per line or separated by commas. Empty means everyone.
 */
public final class IpAllowlist {

    private final List<IpAddressMatcher> matchers;

    private IpAllowlist(List<IpAddressMatcher> matchers) {
        this.matchers = matchers;
    }

    /** Entries that are not addresses or ranges. */
    public static List<String> invalidEntries(String raw) {
        List<String> invalid = new ArrayList<>();
        for (String entry : entries(raw)) {
            try {
                new IpAddressMatcher(entry);
                if (!entry.matches("[0-9a-fA-F:.]+(/\\d{1,3})?")) {
                    invalid.add(entry);
                }
            } catch (IllegalArgumentException e) {
                invalid.add(entry);
            }
        }
        return invalid;
    }

    public static IpAllowlist parse(String raw) {
        return new IpAllowlist(entries(raw).stream().map(IpAddressMatcher::new).toList());
    }

    public boolean allows(String ip) {
        if (matchers.isEmpty()) {
            return true;
        }
        return matchers.stream().anyMatch(m -> {
            try {
                return m.matches(ip);
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
    }

    private static List<String> entries(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return List.of(raw.split("[,\\s]+")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
