package dev.imgedit.bfl.internal.settings;

import dev.imgedit.util.HttpUrls;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which hosts may receive the API key, decided without DNS look-ups. The key goes to the base URL's origin, and,
 * when that is one of BFL's API hosts, to the cluster hosts of the same family that a submit names in its
 * {@code polling_url}: {@code api.bfl.ai} to any {@code api.<cluster>.bfl.ai}, {@code api.eu.bfl.ai} (or a legacy
 * {@code api.eu1.bfl.ai}) to {@code api.eu<n>.bfl.ai}, the same for {@code us}; always over https on the default
 * port. A base URL elsewhere (a proxy, a test server) shares the key with its own origin only.
 */
public final class Hosts {
    private static final Pattern BFL_API_HOST = Pattern.compile("api(?:\\.([a-z]+)[0-9]*)?\\.bfl\\.ai");

    private final URI base;
    private final @Nullable Pattern family;

    public Hosts(URI base) {
        this.base = base;
        this.family = familyOf(base);
    }

    /** Whether a request to {@code url} may carry the key. */
    public boolean mayReceiveKey(URI url) {
        if (url.getRawUserInfo() != null || url.getHost() == null) {
            return false;
        }
        if (HttpUrls.sameOrigin(url, base)) {
            return true;
        }
        return family != null && "https".equalsIgnoreCase(url.getScheme()) && (url.getPort() == -1
                || url.getPort() == 443) && family.matcher(url.getHost().toLowerCase(Locale.ROOT)).matches();
    }

    /** The hosts the key may go to, in words for a message. */
    public String describeKeyHosts() {
        return family == null ? HttpUrls.origin(base) : HttpUrls.origin(base) + " and its cluster hosts";
    }

    /** Whether plain http is allowed for downloads: only when the API itself is a loopback http test server. */
    public boolean allowsLoopbackHttp() {
        return "http".equalsIgnoreCase(base.getScheme()) && HttpUrls.isLoopback(base);
    }

    private static @Nullable Pattern familyOf(URI base) {
        if (!"https".equalsIgnoreCase(base.getScheme()) || base.getHost() == null) {
            return null;
        }
        var matcher = BFL_API_HOST.matcher(base.getHost().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        String region = matcher.group(1);
        return region == null
                ? Pattern.compile("api(?:\\.[a-z]+[0-9]*)?\\.bfl\\.ai")
                : Pattern.compile("api\\." + region + "[0-9]*\\.bfl\\.ai");
    }
}
