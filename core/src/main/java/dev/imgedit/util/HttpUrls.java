package dev.imgedit.util;

import dev.imgedit.exception.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The one place that decides whether a text or a {@link URI} is an absolute http or https URL with a host. */
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
            throw new InvalidRequestException("malformed " + what + " '" + text + "': " + e.getReason());
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
            throw new InvalidRequestException(what + " '" + uri + "' "
                    + (httpScheme ? "has no host" : "must be an absolute http or https URL"
                            + (scheme.isEmpty() ? "" : ", not " + scheme)));
        }
        return uri;
    }
}
