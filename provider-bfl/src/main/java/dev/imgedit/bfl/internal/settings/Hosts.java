package dev.imgedit.bfl.internal.settings;

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
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(?:\\.(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}");

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
        if (sameOrigin(url, base)) {
            return true;
        }
        return family != null && "https".equalsIgnoreCase(url.getScheme()) && (url.getPort() == -1
                || url.getPort() == 443) && family.matcher(url.getHost().toLowerCase(Locale.ROOT)).matches();
    }

    /** The hosts the key may go to, in words for a message. */
    public String describeKeyHosts() {
        return family == null ? origin(base) : origin(base) + " and its cluster hosts";
    }

    /** Whether plain http is allowed for downloads: only when the API itself is a loopback http test server. */
    public boolean allowsLoopbackHttp() {
        return "http".equalsIgnoreCase(base.getScheme()) && isLoopback(base);
    }

    /** Whether {@code url} names this machine: {@code localhost}, 127.0.0.0/8 or {@code [::1]}. */
    public static boolean isLoopback(URI url) {
        String host = url.getHost();
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost") || lower.endsWith(".localhost") || lower.equals("[::1]")
                || lower.equals("[0:0:0:0:0:0:0:1]") || IPV4_LOOPBACK.matcher(lower).matches();
    }

    /** {@code scheme://host[:port]}, for messages. */
    public static String origin(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
    }

    private static boolean sameOrigin(URI url, URI other) {
        return url.getScheme() != null && url.getScheme().equalsIgnoreCase(other.getScheme())
                && url.getHost().equalsIgnoreCase(other.getHost()) && port(url) == port(other);
    }

    private static int port(URI url) {
        return url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
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
