package dev.imgedit.modelslab.internal.transfer;

import dev.imgedit.util.HttpUrls;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Which output URLs may be fetched: https always; http only when the configured base URL is itself a loopback
 * http URL (a test server) and the output is on a loopback address too. Downloads never carry the API key.
 *
 * @param allowLoopbackHttp whether http URLs on loopback addresses are allowed
 */
public record DownloadPolicy(boolean allowLoopbackHttp) {

    /** At most this many redirects are followed for one output. */
    static final int MAX_REDIRECTS = 3;

    public static DownloadPolicy forBaseUrl(URI baseUrl) {
        return new DownloadPolicy("http".equalsIgnoreCase(baseUrl.getScheme()) && HttpUrls.isLoopback(baseUrl));
    }

    /** Why {@code url} may not be fetched, or empty when it may. */
    Optional<String> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("its scheme '" + scheme + "' is not https");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            return Optional.of("it has no host");
        }
        if (scheme.equals("https") || (allowLoopbackHttp && HttpUrls.isLoopback(url))) {
            return Optional.empty();
        }
        return Optional.of("it uses http, and imgedit downloads only over https (http only from a loopback test "
                + "server)");
    }
}
