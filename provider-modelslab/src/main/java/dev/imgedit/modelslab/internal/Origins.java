package dev.imgedit.modelslab.internal;

import java.net.URI;
import java.util.Locale;

/** Which URLs are the same origin as the configured base URL, and which are loopback, without DNS look-ups. */
public final class Origins {
    private Origins() {}

    /** Whether {@code url} names this machine: {@code localhost}, 127.0.0.0/8 or [::1]. */
    public static boolean isLoopback(URI url) {
        String host = url.getHost();
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || lower.endsWith(".localhost")) {
            return true;
        }
        if (lower.equals("[::1]") || lower.equals("::1")
                || lower.equals("[0:0:0:0:0:0:0:1]") || lower.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = lower.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Same scheme, host and port (the scheme's default port when none is written). */
    public static boolean sameOrigin(URI url, URI base) {
        if (url.getScheme() == null || url.getHost() == null || base.getScheme() == null) {
            return false;
        }
        return url.getScheme().equalsIgnoreCase(base.getScheme())
                && url.getHost().equalsIgnoreCase(base.getHost())
                && effectivePort(url) == effectivePort(base);
    }

    /** {@code scheme://host[:port]}, for messages. */
    public static String origin(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
    }

    private static int effectivePort(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : "http".equalsIgnoreCase(url.getScheme()) ? 80 : -1;
    }
}
