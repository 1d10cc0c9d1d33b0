package dev.imgedit.util;

import dev.imgedit.exception.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one place for what imgedit asks of a URL: is it an absolute http or https URL with a host, is it this machine
 * (loopback, told without a DNS look-up), is it the same origin as another, and how it is shown in a message
 * (without the query or user info, which in signed links are credentials).
 */
public final class HttpUrls {
    private HttpUrls() {}

    /** Whether {@code uri} has the scheme http or https (any case) and a host. */
    public static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
    }

    /** Whether {@code text} parses as an absolute http(s) URL with a host. */
    public static boolean isHttp(String text) {
        try {
            return isHttp(new URI(text.trim()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Parses {@code text} as an absolute http(s) URL with a host.
     *
     * @param what names the value in the message, such as {@code "image URL"} or {@code "MODELSLAB_BASE_URL"}
     * @throws InvalidRequestException naming {@code what} and the fix when it is not one
     */
    public static URI parse(String what, String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("malformed " + what + " '" + shownText(text) + "': " + e.getReason()
                    + ": give an absolute http or https URL, such as https://example.com/image.png");
        }
        require(what, uri);
        return uri;
    }

    /**
     * @throws InvalidRequestException naming {@code what} when {@code uri} is not an absolute http(s) URL with a host
     */
    public static URI require(String what, URI uri) {
        if (!isHttp(uri)) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean httpScheme = scheme.equals("http") || scheme.equals("https");
            throw new InvalidRequestException(what + " '" + shownText(uri.toString()) + "' "
                    + (httpScheme ? "has no host" : "must be an absolute http or https URL"
                            + (scheme.isEmpty() ? "" : ", not " + scheme)));
        }
        return uri;
    }

    /**
     * A base URL to which a provider sends its key: absolute http(s), https unless on loopback (a test server), no
     * query, fragment or user info; returned without trailing slashes.
     *
     * @param setting the setting's name, for the message
     * @throws InvalidRequestException naming the setting and the fix
     */
    public static URI requireBaseUrl(String setting, URI url) {
        require(setting, url);
        if (url.getScheme().equalsIgnoreCase("http") && !isLoopback(url)) {
            throw new InvalidRequestException(setting + " '" + shown(url) + "' uses http, which would send the API key "
                    + "unencrypted: use https (http is accepted only for loopback test servers)");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new InvalidRequestException(setting + " must have no query, fragment or user info, got '"
                    + shownText(url.toString()) + "'");
        }
        String text = url.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }

    /** Whether {@code url} names this machine: {@code localhost}, 127.0.0.0/8 or {@code [::1]}. */
    public static boolean isLoopback(URI url) {
        return url.getHost() != null && isLoopbackHost(url.getHost());
    }

    /** Whether {@code host} names this machine, as written in a URL or a host list (brackets optional). */
    public static boolean isLoopbackHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("[") && lower.endsWith("]")) {
            lower = lower.substring(1, lower.length() - 1);
        }
        if (lower.equals("localhost") || lower.endsWith(".localhost") || lower.equals("::1")
                || lower.equals("0:0:0:0:0:0:0:1")) {
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
        return url.getScheme().equalsIgnoreCase(base.getScheme()) && url.getHost().equalsIgnoreCase(base.getHost())
                && effectivePort(url) == effectivePort(base);
    }

    /** {@code scheme://host[:port]}, for messages. */
    public static String origin(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
    }

    /**
     * Text that may not even parse as a URL, for a message: without what stands between {@code ://} and an {@code @}
     * (user info) and with {@code ?...} for whatever follows a {@code ?} or {@code #}, where tokens are.
     */
    public static String shownText(String text) {
        String shown = text.strip();
        int query = indexOfAny(shown, '?', '#');
        if (query >= 0) {
            shown = shown.substring(0, query) + "?...";
        }
        int authority = shown.indexOf("://");
        if (authority >= 0) {
            int pathStart = indexOfAny(shown.substring(authority + 3), '/', '?');
            int end = pathStart < 0 ? shown.length() : authority + 3 + pathStart;
            int at = shown.lastIndexOf('@', end - 1);
            if (at > authority) {
                shown = shown.substring(0, authority + 3) + shown.substring(at + 1);
            }
        }
        return shown;
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** The URL for a message or a log: its origin and path, {@code ?...} for a query, never user info. */
    public static String shown(URI url) {
        if (url.getHost() == null) {
            return url.getScheme() + ":...";
        }
        return origin(url) + (url.getRawPath() == null ? "" : url.getRawPath()) + (url.getRawQuery() == null ? ""
                : "?...");
    }

    private static int effectivePort(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : "http".equalsIgnoreCase(url.getScheme()) ? 80 : -1;
    }
}
